import { useId, useState } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { errorText } from "../../shared/ui/error-text.js";
import { focusField } from "../../shared/ui/focus-field.js";
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
  const [passphrase, setPassphrase] = useState("");
  const [phrase, setPhrase] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  async function reveal(): Promise<void> {
    setFailure(undefined);
    if (passphrase === "") {
      setError(t("passphrase.empty"));
      return focusField(`${ids}-pass`);
    }
    setError(undefined);
    setProgress(0);
    try {
      let shown = 0;
      const result = await identity.revealPhrase(passphrase, (fraction) => {
        if (fraction - shown >= 0.02 || fraction === 1) setProgress((shown = fraction));
      });
      if (result.type === "wrong-passphrase") {
        setError(t("identity.wrongPassphrase"));
        focusField(`${ids}-pass`);
      } else setPhrase(result.phrase);
      setPassphrase("");
    } catch (problem) {
      setFailure(problem);
    } finally {
      setProgress(undefined);
    }
  }

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
                  void reveal();
                }}
              >
                <p>{t("identity.phraseText")}</p>
                <PassphraseFields
                  id={`${ids}-pass`}
                  passphrase={passphrase}
                  onPassphrase={(value) => {
                    setPassphrase(value);
                    setError(undefined);
                  }}
                  error={error}
                  progress={progress}
                  progressLabel={t("identity.opening")}
                  submitLabel={t("identity.showPhrase")}
                />
                {failure === undefined ? null : <Problem details={errorText(failure)}>{t("identity.revealFailed")}</Problem>}
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
