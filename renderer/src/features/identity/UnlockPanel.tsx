import { useId, useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Form } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { errorText } from "../../shared/ui/error-text.js";
import { focusField } from "../../shared/ui/focus-field.js";
import { useIdentity } from "./identity-context.js";
import { PassphraseFields } from "./PassphraseFields.js";
import "./identity.css";

/** Unlocking the identity with its passphrase. A wrong passphrase changes nothing and says so. */
export function UnlockPanel({ name }: { readonly name: string }) {
  const t = useT("identity");
  const identity = useIdentity();
  const ids = useId();
  const [passphrase, setPassphrase] = useState("");
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  async function unlock(): Promise<void> {
    setFailure(undefined);
    if (passphrase === "") {
      setError(t("passphrase.empty"));
      return focusField(`${ids}-pass`);
    }
    setError(undefined);
    setProgress(0);
    try {
      let shown = 0;
      const result = await identity.unlock(passphrase, (fraction) => {
        if (fraction - shown >= 0.02 || fraction === 1) setProgress((shown = fraction));
      });
      if (result.type === "wrong-passphrase") {
        setError(t("unlock.wrong"));
        focusField(`${ids}-pass`);
      } else setPassphrase("");
    } catch (problem) {
      setFailure(problem);
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section className="identity-panel" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("unlock.title")}</h2>
      <p>{t("unlock.text", { name })}</p>
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        <PassphraseFields
          id={`${ids}-pass`}
          passphrase={passphrase}
          onPassphrase={(value) => {
            setPassphrase(value);
            setError(undefined);
          }}
          error={error}
          progress={progress}
          progressLabel={t("unlock.progress")}
          submitLabel={t("unlock.submit")}
        />
        {failure === undefined ? null : <Problem details={errorText(failure)}>{t("unlock.failed")}</Problem>}
      </Form>
    </section>
  );
}
