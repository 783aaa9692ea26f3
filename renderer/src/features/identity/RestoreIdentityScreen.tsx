import { useId, useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { parseRelayUrl, RelayUrlError, type RelayUrl } from "../../shared/data/relay-url.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { errorText } from "../../shared/ui/error-text.js";
import { focusField } from "../../shared/ui/focus-field.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { TextArea } from "../../shared/ui/TextArea.js";
import { TextField } from "../../shared/ui/TextField.js";
import { useIdentity } from "./identity-context.js";
import { NewIdentityFields, NO_DETAILS, newIdentityProblem, type NewIdentityDetails, type NewIdentityField } from "./NewIdentityFields.js";
import { continueAfterIdentity } from "./pending-join.js";
import { ProgressBar } from "./ProgressBar.js";
import "./identity.css";

/** A field's problem: which field, what to say, and what the check itself said (for the details). */
type FieldProblem = { readonly field: NewIdentityField | "phrase" | "server"; readonly text: string; readonly details?: string };

/**
 * Restoring an identity from its recovery phrase: the same key, a new passphrase for this
 * device, and a sync server through which the member's organisations and chapters come back.
 */
export function RestoreIdentityScreen() {
  const t = useT("identity");
  const common = useT("common");
  const { relays, platform, db } = useAppData();
  const identity = useIdentity();
  const ids = useId();
  const [phrase, setPhrase] = useState("");
  const [details, setDetails] = useState<NewIdentityDetails>(NO_DETAILS);
  const [server, setServer] = useState("");
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [problem, setProblem] = useState<FieldProblem | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  const refuse = (found: FieldProblem) => {
    setProblem(found);
    focusField(`${ids}-${found.field}`);
  };

  async function restore(): Promise<void> {
    setFailure(undefined);
    const found = newIdentityProblem(details);
    if (found !== undefined) return found.key === undefined ? focusField(`${ids}-${found.field}`) : refuse({ field: found.field, text: t(found.key) });
    let serverUrl: RelayUrl | undefined;
    if (server.trim() !== "") {
      try {
        serverUrl = parseRelayUrl(server, platform.pageProtocol);
      } catch (error) {
        if (!(error instanceof RelayUrlError)) throw error;
        return refuse({ field: "server", text: common(`serverAddress.${error.reason}`) });
      }
    }
    setProblem(undefined);
    setProgress(0);
    try {
      let shown = 0;
      const result = await identity.create({
        name: details.name,
        passphrase: details.passphrase,
        phrase,
        onProgress: (fraction) => {
          if (fraction - shown >= 0.02 || fraction === 1) setProgress((shown = fraction));
        },
      });
      if (result.type === "invalid-phrase") {
        setProgress(undefined);
        return refuse({ field: "phrase", text: t("restore.phraseInvalid"), details: result.problem });
      }
      if (serverUrl !== undefined) await relays.addRelay(serverUrl);
      await continueAfterIdentity(db);
    } catch (error) {
      setProgress(undefined);
      setFailure(error);
    }
  }

  const busy = progress !== undefined;
  const edited = (set: (value: string) => void) => (value: string) => {
    set(value);
    setProblem(undefined);
  };
  const fieldProblem = (field: FieldProblem["field"]) => (problem?.field === field ? { errorMessage: problem.text } : {});
  return (
    <>
      <PageHeading>{t("restore.title")}</PageHeading>
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void restore();
        }}
      >
        <p className="identity-lede">{t("restore.lede")}</p>
        <TextArea
          id={`${ids}-phrase`}
          label={t("phrase.label")}
          description={t("restore.phraseHelp")}
          rows={3}
          value={phrase}
          onChange={edited(setPhrase)}
          autoComplete="off"
          spellCheck="false"
          isDisabled={busy}
          {...fieldProblem("phrase")}
        />
        {problem?.details === undefined ? null : (
          <Disclosure title={common("problem.details")}>
            <p lang="en">{problem.details}</p>
          </Disclosure>
        )}
        <NewIdentityFields
          ids={ids}
          details={details}
          onChange={(changed) => {
            setDetails(changed);
            setProblem(undefined);
          }}
          problem={problem}
          passphraseLabel={t("restore.passphrase")}
          isDisabled={busy}
        />
        <TextField
          id={`${ids}-server`}
          label={t("restore.server")}
          description={t("restore.serverHelp")}
          optional
          value={server}
          onChange={edited(setServer)}
          inputMode="url"
          autoComplete="off"
          isDisabled={busy}
          {...fieldProblem("server")}
        />
        {failure === undefined ? null : <Problem details={errorText(failure)}>{t("restore.failed")}</Problem>}
        {busy ? (
          <ProgressBar label={t("create.sealing")} fraction={progress} />
        ) : (
          <FormActions>
            <Button type="submit" variant="primary">
              {t("restore.submit")}
            </Button>
          </FormActions>
        )}
      </Form>
    </>
  );
}
