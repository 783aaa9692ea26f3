import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { focusField } from "../../shared/ui/focus-field.js";

/** What opening the vault with a passphrase gives: the passphrase was wrong, or what it opened. */
type Attempt<R> = { readonly type: "wrong-passphrase" } | R;

/** A passphrase form's state: the field, the progress of the key derivation, what went wrong. */
export interface PassphraseAttempt {
  readonly passphrase: string;
  readonly progress: number | undefined;
  /** The field's problem (empty, wrong), said on the field. */
  readonly error: string | undefined;
  /** A failure of the vault itself (not the passphrase). */
  readonly failure: unknown;
  change(value: string): void;
  submit(): Promise<void>;
}

/**
 * One passphrase form (unlocking, showing the recovery phrase): refuses an empty field, shows the
 * derivation's progress, says a wrong passphrase on the field (`wrongText`) and focuses it, and
 * gives what opened to `opened`. `keepWrong`: a wrong passphrase stays in the field to correct.
 */
export function usePassphraseAttempt<R extends { readonly type: string }>(options: {
  readonly fieldId: string;
  readonly attempt: (passphrase: string, onProgress: (fraction: number) => void) => Promise<Attempt<R>>;
  readonly wrongText: string;
  readonly keepWrong: boolean;
  readonly opened: (result: R) => void;
}): PassphraseAttempt {
  const t = useT("identity");
  const [passphrase, setPassphrase] = useState("");
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  return {
    passphrase,
    progress,
    error,
    failure,
    change(value) {
      setPassphrase(value);
      setError(undefined);
    },
    async submit() {
      setFailure(undefined);
      if (passphrase === "") {
        setError(t("passphrase.empty"));
        return focusField(options.fieldId);
      }
      setError(undefined);
      setProgress(0);
      try {
        let shown = 0;
        const result = await options.attempt(passphrase, (fraction) => {
          if (fraction - shown >= 0.02 || fraction === 1) setProgress((shown = fraction));
        });
        if (result.type === "wrong-passphrase") {
          setError(options.wrongText);
          focusField(options.fieldId);
          if (!options.keepWrong) setPassphrase("");
        } else {
          options.opened(result as R);
          setPassphrase("");
        }
      } catch (problem) {
        setFailure(problem);
      } finally {
        setProgress(undefined);
      }
    },
  };
}
