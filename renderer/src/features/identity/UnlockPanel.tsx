import { usePassphraseAttempt } from "./use-passphrase-attempt.js";
import { useId } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Form } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { errorText } from "../../shared/ui/error-text.js";
import { useIdentity } from "./identity-context.js";
import { PassphraseFields } from "./PassphraseFields.js";
import "./identity.css";

/** Unlocking the identity with its passphrase. A wrong passphrase changes nothing and says so. */
export function UnlockPanel({ name }: { readonly name: string }) {
  const t = useT("identity");
  const identity = useIdentity();
  const ids = useId();
  const form = usePassphraseAttempt({
    fieldId: `${ids}-pass`,
    attempt: (passphrase, onProgress) => identity.unlock(passphrase, onProgress),
    wrongText: t("unlock.wrong"),
    keepWrong: true,
    opened: () => undefined,
  });

  return (
    <section className="identity-panel" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("unlock.title")}</h2>
      <p>{t("unlock.text", { name })}</p>
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit();
        }}
      >
        <PassphraseFields
          id={`${ids}-pass`}
          passphrase={form.passphrase}
          onPassphrase={(value) => {
            form.change(value);
          }}
          error={form.error}
          progress={form.progress}
          progressLabel={t("unlock.progress")}
          submitLabel={t("unlock.submit")}
        />
        {form.failure === undefined ? null : <Problem details={errorText(form.failure)}>{t("unlock.failed")}</Problem>}
      </Form>
    </section>
  );
}
