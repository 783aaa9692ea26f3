import { usePassphraseAttempt } from "./use-passphrase-attempt.js";
import { useId, useState } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { errorText } from "../../shared/ui/error-text.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { useIdentity } from "./identity-context.js";
import { IdentityGate } from "./IdentityGate.js";
import { PassphraseFields } from "./PassphraseFields.js";
import { PhraseWords } from "./PhraseWords.js";
import "./identity.css";

/** Your identity: the name, the recovery phrase again after the passphrase, the key in the details (Lock is in the header). */
export function IdentityScreen() {
  const t = useT("identity");
  const identity = useIdentity();
  const space = useObservable(identity.space);
  const ids = useId();
  const [phrase, setPhrase] = useState<string | undefined>(undefined);
  const form = usePassphraseAttempt({
    fieldId: `${ids}-pass`,
    attempt: (passphrase, onProgress) => identity.revealPhrase(passphrase, onProgress),
    wrongText: t("identity.wrongPassphrase"),
    keepWrong: false,
    opened: (result) => setPhrase(result.phrase),
  });

  return (
    <IdentityGate space={space} title={t("identity.title")}>
      {(space) => (
        <>
          <PageHeading>{t("identity.title")}</PageHeading>
          <DataList items={[{ id: "name", term: t("identity.name"), details: space.member.name }]} />
          <section className="identity-panel" aria-labelledby={`${ids}-phrase-heading`}>
            <h2 id={`${ids}-phrase-heading`}>{t("identity.phraseTitle")}</h2>
            {phrase === undefined ? (
              <Form
                validationBehavior="aria"
                onSubmit={(event) => {
                  event.preventDefault();
                  void form.submit();
                }}
              >
                <p>{t("identity.phraseText")}</p>
                <PassphraseFields
                  id={`${ids}-pass`}
                  passphrase={form.passphrase}
                  onPassphrase={(value) => {
                    form.change(value);
                  }}
                  error={form.error}
                  progress={form.progress}
                  progressLabel={t("identity.opening")}
                  submitLabel={t("identity.showPhrase")}
                />
                {form.failure === undefined ? null : <Problem details={errorText(form.failure)}>{t("identity.revealFailed")}</Problem>}
              </Form>
            ) : (
              <>
                <PhraseWords phrase={phrase} label={t("phrase.label")} />
                <FormActions>
                  <Button onPress={() => setPhrase(undefined)}>{t("identity.hidePhrase")}</Button>
                </FormActions>
              </>
            )}
          </section>
          <Disclosure title={t("identity.technical")} headingLevel={2}>
            <p>{t("identity.keyText")}</p>
            <DataList
              items={[
                {
                  id: "key",
                  term: t("identity.key"),
                  details: (
                    <code className="identity-key" data-testid="member-key">
                      {space.member.key}
                    </code>
                  ),
                },
              ]}
            />
          </Disclosure>
        </>
      )}
    </IdentityGate>
  );
}
