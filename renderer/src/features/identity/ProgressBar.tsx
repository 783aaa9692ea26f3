import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import "./identity.css";

/** A labelled determinate progress bar (the key being locked or unlocked), announced politely. */
export function ProgressBar({ label, fraction }: { readonly label: string; readonly fraction: number }) {
  const t = useT("identity");
  const format = useFormat();
  const percent = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  return (
    <div className="identity-progress">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="identity-progress-track">
        <div className="identity-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="identity-help" aria-live="polite">
        {t("progress", { label, percent: format.percent(percent, 100) })}
      </p>
    </div>
  );
}
