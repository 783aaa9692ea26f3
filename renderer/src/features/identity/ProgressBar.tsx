/** A labelled determinate progress bar (scrypt at work), announced politely. */
export function ProgressBar({ label, fraction }: { readonly label: string; readonly fraction: number }) {
  const percent = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  return (
    <div className="progress">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="progress-track">
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="help" aria-live="polite">
        {label}… {percent}%
      </p>
    </div>
  );
}
