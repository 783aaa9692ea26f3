import { useId, useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { errorText } from "../../shared/ui/error-text.js";
import { focusField } from "../../shared/ui/focus-field.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { TextField } from "../../shared/ui/TextField.js";
import { pickConfirmPositions, wrongConfirmations } from "./confirm-words.js";
import { useIdentity } from "./identity-context.js";
import { NewIdentityFields, NO_DETAILS, newIdentityProblem, type NewIdentityDetails, type NewIdentityField } from "./NewIdentityFields.js";
import { continueAfterIdentity } from "./pending-join.js";
import { PhraseWords } from "./PhraseWords.js";
import { ProgressBar } from "./ProgressBar.js";
import "./identity.css";

type Step =
  | { readonly type: "details" }
  | { readonly type: "sealing"; readonly fraction: number }
  | { readonly type: "phrase"; readonly phrase: string }
  | { readonly type: "confirm"; readonly phrase: string; readonly positions: readonly number[] };

/** A field's problem: which field, and what to say. */
type FieldProblem = { readonly field: NewIdentityField; readonly text: string };

/**
 * Creating an identity: a name and a passphrase (the key is locked with it, with progress while
 * that runs), then the recovery phrase shown once, then three of its words typed back.
 */
export function CreateIdentityScreen() {
  const t = useT("identity");
  const format = useFormat();
  const { platform, db } = useAppData();
  const identity = useIdentity();
  const ids = useId();
  const [step, setStep] = useState<Step>({ type: "details" });
  const [details, setDetails] = useState<NewIdentityDetails>(NO_DETAILS);
  const [typed, setTyped] = useState<ReadonlyMap<number, string>>(new Map());
  const [problem, setProblem] = useState<FieldProblem | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [wrong, setWrong] = useState<readonly number[]>([]);

  const refuse = (found: FieldProblem) => {
    setProblem(found);
    focusField(`${ids}-${found.field}`);
  };

  async function create(): Promise<void> {
    setFailure(undefined);
    const found = newIdentityProblem(details);
    if (found !== undefined) return found.key === undefined ? focusField(`${ids}-${found.field}`) : refuse({ field: found.field, text: t(found.key) });
    setProblem(undefined);
    setStep({ type: "sealing", fraction: 0 });
    try {
      let shown = 0;
      const result = await identity.create({
        name: details.name,
        passphrase: details.passphrase,
        onProgress: (fraction) => {
          if (fraction - shown >= 0.02 || fraction === 1) {
            shown = fraction;
            setStep({ type: "sealing", fraction });
          }
        },
      });
      if (result.type !== "created") throw new Error(result.problem);
      setDetails({ ...details, passphrase: "", repeat: "" });
      setStep({ type: "phrase", phrase: result.phrase });
    } catch (error) {
      setFailure(error);
      setStep({ type: "details" });
    }
  }

  function confirm(phrase: string): void {
    setFailure(undefined);
    const mistakes = wrongConfirmations(phrase.split(" "), typed);
    setWrong(mistakes);
    if (mistakes.length > 0) return focusField(`${ids}-word-${mistakes[0]!}`);
    continueAfterIdentity(db).catch(setFailure);
  }

  const failed = failure === undefined ? null : <Problem details={errorText(failure)}>{t("create.failed")}</Problem>;
  const sealing = step.type === "sealing";

  return (
    <>
      <PageHeading>{t("create.title")}</PageHeading>
      {step.type === "details" || step.type === "sealing" ? (
        <Form
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <p className="identity-lede">{t("create.lede")}</p>
          <NewIdentityFields
            ids={ids}
            details={details}
            onChange={(changed) => {
              setDetails(changed);
              setProblem(undefined);
            }}
            problem={problem}
            passphraseLabel={t("create.passphrase")}
            passphraseHelp={t("create.passphraseHelp")}
            isDisabled={sealing}
          />
          <Disclosure title={t("create.howTitle")}>
            <p>{t("create.howText")}</p>
          </Disclosure>
          {failed}
          {step.type === "sealing" ? (
            <ProgressBar label={t("create.sealing")} fraction={step.fraction} />
          ) : (
            <FormActions>
              <Button type="submit" variant="primary">
                {t("create.submit")}
              </Button>
            </FormActions>
          )}
        </Form>
      ) : step.type === "phrase" ? (
        <section className="identity-panel" aria-labelledby={`${ids}-phrase-heading`}>
          <h2 id={`${ids}-phrase-heading`}>{t("phrase.title")}</h2>
          <div className="identity-note" role="note">
            <p>
              <strong>{t("phrase.writeDown", { number: format.count(12) })}</strong> {t("phrase.why")}
            </p>
          </div>
          <PhraseWords phrase={step.phrase} label={t("phrase.label")} />
          <FormActions>
            <Button
              variant="primary"
              onPress={() => {
                setTyped(new Map());
                setWrong([]);
                setStep({ type: "confirm", phrase: step.phrase, positions: pickConfirmPositions(12, (n) => platform.randomBytes(n)) });
              }}
            >
              {t("phrase.written")}
            </Button>
          </FormActions>
        </section>
      ) : (
        <Form
          validationBehavior="aria"
          aria-labelledby={`${ids}-check-heading`}
          onSubmit={(event) => {
            event.preventDefault();
            confirm(step.phrase);
          }}
        >
          <h2 id={`${ids}-check-heading`}>{t("confirm.title")}</h2>
          <p>{t("confirm.text")}</p>
          {step.positions.map((position) => (
            <TextField
              key={position}
              id={`${ids}-word-${position}`}
              label={t("confirm.word", { number: format.count(position + 1) })}
              value={typed.get(position) ?? ""}
              autoComplete="off"
              spellCheck="false"
              onChange={(value) => {
                setTyped(new Map(typed).set(position, value));
                setWrong(wrong.filter((p) => p !== position));
              }}
              {...(wrong.includes(position) ? { errorMessage: t("confirm.mismatch") } : {})}
            />
          ))}
          {failed}
          <FormActions>
            <Button type="submit" variant="primary">
              {t("confirm.submit")}
            </Button>
            <Button onPress={() => setStep({ type: "phrase", phrase: step.phrase })}>{t("confirm.again")}</Button>
          </FormActions>
        </Form>
      )}
    </>
  );
}
