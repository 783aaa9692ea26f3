import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { MAX_COMMENT_LENGTH } from "@chapterhouse/crdt/proposals";
import type { Choice } from "@chapterhouse/crdt/tally";
import { limitProblem } from "../../../shared/ui/CharacterCount.js";
import type { BallotOption } from "./ballot-option.js";
import { BallotInput } from "./BallotInput.js";
import { ballotReadiness } from "./ballot-readiness.js";
import { blankChoice } from "./choice-shape.js";
import { ChoiceSummary } from "./ChoiceSummary.js";
import { ConcernField } from "./ConcernField.js";
import type { VoteRule } from "./describe-rule.js";
import { PublicRecordNotice } from "./PublicRecordNotice.js";
import { ruleExplanation } from "./rule-explanations.js";

/** Props of the ballot screen's casting flow. */
export interface CastBallotProps {
  readonly rule: VoteRule;
  readonly options: readonly BallotOption[];
  /** The member's latest ballot this device holds (its choice), or null if they have none. */
  readonly currentBallot: Choice | null;
  /** False once the vote has closed: nothing can be cast or changed any more. */
  readonly votingOpen: boolean;
  /** When voting closes, already formatted by the caller (no clock here), e.g. "Friday 12 June, 18:00". */
  readonly closesAtText?: string;
  /** Signs and stores the ballot. A rejection is shown as an error; the member can try again. */
  readonly onCast: (choice: Choice) => Promise<void>;
  /**
   * Posts the concern of a "consent with concerns" ballot once it is cast, as a signed comment on
   * the proposal (a ballot's choice carries no text, PROTOCOL.md T1.1). Without it, no field is shown.
   */
  readonly onConcern?: (text: string) => Promise<void>;
}

/** "auto": show the current ballot if there is one, else the input. */
type Step = "auto" | "edit" | "confirm";

/**
 * Casting a ballot: the notice that a ballot is public, signed and permanent; the input the rule
 * needs; a confirm step that reads the ballot back; then "your current ballot" with "change" until
 * the close. Focus moves to each step's heading, and the outcome of casting is announced.
 */
export function CastBallot({ rule, options, currentBallot, votingOpen, closesAtText, onCast, onConcern }: CastBallotProps) {
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<Step>("auto");
  const blank = () => blankChoice(rule.type, options.map((option) => option.id));
  const [draft, setDraft] = useState<Choice | null>(() => currentBallot ?? blank());
  const [lastCast, setLastCast] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [moveFocus, setMoveFocus] = useState(false);
  const [concern, setConcern] = useState("");
  /** Said after casting when the concern could not be posted. */
  const [concernProblem, setConcernProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!moveFocus) return;
    heading.current?.focus();
    setMoveFocus(false);
  }, [moveFocus]);

  const shown = currentBallot ?? lastCast;
  const until = closesAtText === undefined ? "until voting closes" : `until voting closes (${closesAtText})`;
  const readiness = ballotReadiness(rule, options, draft);
  const asksConcern = onConcern !== undefined && rule.type === "consent" && draft === "concern";
  const concernText = asksConcern ? concern.trim() : "";

  function go(next: Step): void {
    setStep(next);
    setError(null);
    setMoveFocus(true);
  }

  function startChange(): void {
    setDraft(shown ?? blank());
    setStatus("");
    go("edit");
  }

  function review(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!readiness.ready) {
      setError(readiness.note);
      return;
    }
    const tooLong = limitProblem("Your concern", concernText, MAX_COMMENT_LENGTH);
    if (tooLong !== undefined) {
      setError(tooLong);
      return;
    }
    go("confirm");
  }

  async function cast(): Promise<void> {
    if (draft === null || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onCast(draft);
      setLastCast(draft);
      setStatus("Your ballot was cast.");
      setConcernProblem(null);
      if (concernText !== "" && onConcern !== undefined) {
        try {
          await onConcern(concernText);
          setConcern("");
          setStatus("Your ballot was cast, and your concern posted as a comment on the proposal.");
        } catch (problem) {
          setConcernProblem(`Your ballot was cast, but your concern was not posted: ${problem instanceof Error ? problem.message : String(problem)}. Post it as a comment on the proposal.`);
        }
      }
      go("auto");
    } catch (problem) {
      setError(`Your ballot was not cast: ${problem instanceof Error ? problem.message : String(problem)}`);
    } finally {
      setBusy(false);
    }
  }

  let body;
  if (!votingOpen) {
    body = (
      <>
        <h3 ref={heading} tabIndex={-1}>
          Voting has closed
        </h3>
        {shown === null ? (
          <p>You did not cast a ballot in this vote.</p>
        ) : (
          <>
            <p>Your last ballot:</p>
            <ChoiceSummary rule={rule} options={options} choice={shown} />
            <p className="help">It can no longer be changed.</p>
          </>
        )}
      </>
    );
  } else if (step === "auto" && shown !== null) {
    body = (
      <>
        <h3 ref={heading} tabIndex={-1}>
          Your current ballot
        </h3>
        <ChoiceSummary rule={rule} options={options} choice={shown} />
        {concernProblem !== null && (
          <p className="error" role="alert">
            {concernProblem}
          </p>
        )}
        <p className="help">You can change it {until}. Only your latest ballot counts.</p>
        <div className="actions">
          <button type="button" onClick={startChange}>
            Change ballot
          </button>
        </div>
      </>
    );
  } else if (step === "confirm" && draft !== null) {
    body = (
      <>
        <h3 ref={heading} tabIndex={-1}>
          Check your ballot
        </h3>
        <ChoiceSummary rule={rule} options={options} choice={draft} />
        {concernText !== "" && (
          <div className="concern-read-back">
            <p>Your concern, posted as a signed comment on the proposal:</p>
            <blockquote>{concernText}</blockquote>
          </div>
        )}
        {readiness.note !== null && <p className="notice">{readiness.note}</p>}
        <p id={`${ids}-consequence`}>
          Casting signs this ballot with your key and shares it with the chapter. It is public and permanent; you can
          change it {until}.
        </p>
        {error !== null && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="primary-action" aria-describedby={`${ids}-consequence`} disabled={busy} onClick={() => void cast()}>
            {busy ? "Signing…" : "Sign and cast ballot"}
          </button>
          <button type="button" disabled={busy} onClick={() => go("edit")}>
            Back
          </button>
        </div>
      </>
    );
  } else {
    body = (
      <>
        <PublicRecordNotice id={`${ids}-notice`} />
        <h3 ref={heading} tabIndex={-1}>
          {shown === null ? "Cast your ballot" : "Change your ballot"}
        </h3>
        <p className="help">{ruleExplanation(rule.type).howToVote}</p>
        <form onSubmit={review} aria-describedby={`${ids}-notice`} noValidate>
          <BallotInput rule={rule} options={options} value={draft} onChange={setDraft} />
          {asksConcern && <ConcernField id={`${ids}-concern`} value={concern} onChange={setConcern} />}
          {error !== null && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit">Review ballot</button>
            {shown !== null && (
              <button type="button" onClick={() => go("auto")}>
                Keep my current ballot
              </button>
            )}
          </div>
        </form>
      </>
    );
  }

  return (
    <section className="cast-ballot" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Your ballot</h2>
      {body}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
