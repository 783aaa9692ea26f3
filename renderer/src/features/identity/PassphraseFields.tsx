import { ProgressBar } from "./ProgressBar.js";

/** What a passphrase form shows: the field, its error, then progress while the vault opens or the submit button. */
export interface PassphraseFieldsProps {
  /** Prefix of the element ids (`-pass`, `-error`). */
  readonly ids: string;
  readonly passphrase: string;
  readonly onPassphrase: (value: string) => void;
  readonly error: string | undefined;
  /** The key derivation's progress (0..1) while it runs, else undefined. */
  readonly progress: number | undefined;
  readonly progressLabel: string;
  readonly submitLabel: string;
}

/** The passphrase field shared by unlocking and by showing the recovery phrase again. */
export function PassphraseFields({ ids, passphrase, onPassphrase, error, progress, progressLabel, submitLabel }: PassphraseFieldsProps) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${ids}-pass`}>Passphrase</label>
        <input
          id={`${ids}-pass`}
          type="password"
          value={passphrase}
          onChange={(e) => onPassphrase(e.target.value)}
          autoComplete="current-password"
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={error === undefined ? undefined : `${ids}-error`}
          disabled={progress !== undefined}
        />
      </div>
      {error === undefined ? null : (
        <p id={`${ids}-error`} className="error" role="alert">
          {error}
        </p>
      )}
      {progress !== undefined ? (
        <ProgressBar label={progressLabel} fraction={progress} />
      ) : (
        <div className="actions">
          <button type="submit">{submitLabel}</button>
        </div>
      )}
    </>
  );
}
