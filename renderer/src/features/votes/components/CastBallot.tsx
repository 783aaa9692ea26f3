import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { Choice } from "@chapterhouse/crdt/tally";
import { useT } from "../../../shared/i18n/use-t.js";
import { Button } from "../../../shared/ui/Button.js";
import { Form, FormActions } from "../../../shared/ui/Form.js";
import { errorText } from "../../../shared/ui/error-text.js";
import type { BallotOption } from "./ballot-option.js";
import { BallotInput } from "./BallotInput.js";
import { ballotReadiness } from "./ballot-readiness.js";
import { blankChoice } from "./choice-shape.js";
import { ChoiceSummary } from "./ChoiceSummary.js";
import { ConcernField } from "./ConcernField.js";
import { PublicRecordNotice } from "./PublicRecordNotice.js";
import type { VoteRule } from "./use-describe-rule.js";

/** Props of the ballot screen's casting flow. */
export interface CastBallotProps {
  readonly rule: VoteRule;
  readonly options: readonly BallotOption[];
  /** The member's latest ballot this device holds (its choice), or null if they have none. */
  readonly currentBallot: Choice | null;
  /** False once the vote has closed: nothing can be cast or changed any more. */
  readonly votingOpen: boolean;
  /** When voting closes, already formatted by the caller (no clock here), e.g. "Fri 12 Jun 2026, 18:00". */
  readonly closesAtText?: string;
  /** Signs and stores the ballot. A rejection is shown as an error; the member can try again. */
  readonly onCast: (choice: Choice) => Promise<void>;
  /**
   * Posts the concern of a "consent with concerns" ballot once it is cast, as a comment on the
   * proposal (a ballot's choice carries no text, PROTOCOL.md T1.1). Without it, no field is shown.
   */
  readonly onConcern?: (text: string) => Promise<void>;
  /** Words for a failed cast or concern, in the language shown (the vote's own problems); `errorText` by default. */
  readonly problemText?: (failure: unknown) => string;
}

/** "auto": show the current ballot if there is one, else the input. */
type Step = "auto" | "edit" | "confirm";

/**
 * Casting a ballot: the notice that a ballot is public and permanent; the input the rule needs; a
 * confirm step that reads the ballot back; then "your current ballot" with "change" until the
 * close. Focus moves to each step's heading, and the outcome of casting is announced.
 */
export function CastBallot({ rule, options, currentBallot, votingOpen, closesAtText, onCast, onConcern, problemText = errorText }: CastBallotProps) {
  const t = useT("votes");
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<Step>("auto");
  const blank = () => blankChoice(rule.type, options.map((option) => option.id));
  const [draft, setDraft] = useState<Choice | null>(() => currentBallot ?? blank());
  const [lastCast, setLastCast] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Keys, not words: what is said follows a change of language (ballot.cast, ballot.castWithConcern).
  const [status, setStatus] = useState<"cast" | "castWithConcern" | null>(null);
  const [moveFocus, setMoveFocus] = useState(false);
  const [concern, setConcern] = useState("");
  /** Said after casting when the concern could not be posted. */
  const [concernFailure, setConcernFailure] = useState<{ readonly failure: unknown } | null>(null);

  useEffect(() => {
    if (!moveFocus) return;
    heading.current?.focus();
    setMoveFocus(false);
  }, [moveFocus]);

  const shown = currentBallot ?? lastCast;
  const until = closesAtText === undefined ? t("ballot.untilClose") : t("ballot.untilCloseAt", { time: closesAtText });
  const readiness = ballotReadiness(rule, options, draft);
  const asksConcern = onConcern !== undefined && rule.type === "consent" && draft === "concern";
  const concernText = asksConcern ? concern.trim() : "";

  function go(next: Step): void {
    setStep(next);
    setProblem(null);
    setMoveFocus(true);
  }

  function startChange(): void {
    setDraft(shown ?? blank());
    setStatus(null);
    go("edit");
  }

  function review(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!readiness.ready) {
      setProblem(readiness.note === null ? null : t(`readiness.${readiness.note}`));
      return;
    }
    go("confirm");
  }

  async function cast(): Promise<void> {
    if (draft === null || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await onCast(draft);
      setLastCast(draft);
      setStatus("cast");
      setConcernFailure(null);
      if (concernText !== "" && onConcern !== undefined) {
        try {
          await onConcern(concernText);
          setConcern("");
          setStatus("castWithConcern");
        } catch (failure) {
          setConcernFailure({ failure });
        }
      }
      go("auto");
    } catch (failure) {
      setProblem(t("ballot.castFailed", { problem: problemText(failure) }));
    } finally {
      setBusy(false);
    }
  }

  const stepHeading = (text: string) => (
    <h3 ref={heading} tabIndex={-1} className="ballot-step">
      {text}
    </h3>
  );
  const problemLine =
    problem === null ? null : (
      <p className="vote-problem" role="alert">
        {problem}
      </p>
    );

  let body;
  if (!votingOpen) {
    body = (
      <>
        {stepHeading(t("ballot.closed"))}
        {shown === null ? (
          <p>{t("ballot.didNotVote")}</p>
        ) : (
          <>
            <p>{t("ballot.lastBallot")}</p>
            <ChoiceSummary rule={rule} options={options} choice={shown} />
            <p className="ballot-help">{t("ballot.noMoreChanges")}</p>
          </>
        )}
      </>
    );
  } else if (step === "auto" && shown !== null) {
    body = (
      <>
        {stepHeading(t("ballot.current"))}
        <ChoiceSummary rule={rule} options={options} choice={shown} />
        {concernFailure !== null && (
          <p className="vote-problem" role="alert">
            {t("ballot.concernFailed", { problem: problemText(concernFailure.failure) })}
          </p>
        )}
        <p className="ballot-help">{t("ballot.canChange", { until })}</p>
        <FormActions>
          <Button onPress={startChange}>{t("ballot.change")}</Button>
        </FormActions>
      </>
    );
  } else if (step === "confirm" && draft !== null) {
    body = (
      <>
        {stepHeading(t("ballot.check"))}
        <ChoiceSummary rule={rule} options={options} choice={draft} />
        {concernText !== "" && (
          <div className="concern-read-back">
            <p>{t("ballot.concernReadBack")}</p>
            <blockquote>{concernText}</blockquote>
          </div>
        )}
        {readiness.note !== null && <p className="ballot-note">{t(`readiness.${readiness.note}`)}</p>}
        <p id={`${ids}-consequence`}>{t("ballot.consequence", { until })}</p>
        {problemLine}
        <FormActions>
          <Button variant="primary" aria-describedby={`${ids}-consequence`} isPending={busy} onPress={() => void cast()}>
            {t("ballot.castButton")}
          </Button>
          <Button isDisabled={busy} onPress={() => go("edit")}>
            {t("ballot.back")}
          </Button>
        </FormActions>
      </>
    );
  } else {
    body = (
      <>
        {stepHeading(shown === null ? t("ballot.castTitle") : t("ballot.changeTitle"))}
        <PublicRecordNotice id={`${ids}-notice`} />
        <p className="ballot-help">{t(`rule.${rule.type}.howToVote`)}</p>
        <Form onSubmit={review} aria-describedby={`${ids}-notice`}>
          <BallotInput rule={rule} options={options} value={draft} onChange={setDraft} />
          {asksConcern && <ConcernField value={concern} onChange={setConcern} />}
          {problemLine}
          <FormActions>
            <Button type="submit" variant="primary">
              {t("ballot.review")}
            </Button>
            {shown !== null && <Button onPress={() => go("auto")}>{t("ballot.keep")}</Button>}
          </FormActions>
        </Form>
      </>
    );
  }

  return (
    <section className="cast-ballot" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="vote-part-title">
        {t("ballot.title")}
      </h2>
      {body}
      <p className="ui-visually-hidden" role="status" aria-live="polite">
        {status === null ? null : t(`ballot.${status}`)}
      </p>
    </section>
  );
}
