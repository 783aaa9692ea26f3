import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { FormActions } from "../../shared/ui/Form.js";
import { TextField } from "../../shared/ui/TextField.js";
import { ProgressBar } from "./ProgressBar.js";

/** What a passphrase form shows: the field and its problem, then progress while the vault opens or the submit button. */
export interface PassphraseFieldsProps {
  /** The passphrase input's id (focusField moves to it). */
  readonly id: string;
  readonly passphrase: string;
  readonly onPassphrase: (value: string) => void;
  /** What is wrong with the passphrase (empty, not this identity's). */
  readonly error: string | undefined;
  /** The key derivation's progress (0..1) while it runs, else undefined. */
  readonly progress: number | undefined;
  readonly progressLabel: string;
  readonly submitLabel: string;
}

/** The passphrase field shared by unlocking and by showing the recovery phrase again. */
export function PassphraseFields({ id, passphrase, onPassphrase, error, progress, progressLabel, submitLabel }: PassphraseFieldsProps) {
  const t = useT("identity");
  return (
    <>
      <TextField
        id={id}
        label={t("passphrase.label")}
        type="password"
        value={passphrase}
        onChange={onPassphrase}
        autoComplete="current-password"
        isDisabled={progress !== undefined}
        {...(error === undefined ? {} : { errorMessage: error })}
      />
      {progress !== undefined ? (
        <ProgressBar label={progressLabel} fraction={progress} />
      ) : (
        <FormActions>
          <Button type="submit" variant="primary">
            {submitLabel}
          </Button>
        </FormActions>
      )}
    </>
  );
}
