import { useId, useState } from "react";
import { tallyRule, type ChapterId, type Choice, type MemberKey, type OptionId, type RecordId, type Roster, type TallyResult } from "@chapterhouse/crdt";
import { memberLabel } from "../organisation/index.js";
import { useMemberNames } from "../organisation/index.js";
import { checkBundlePath } from "./paths.js";
import { facilitatorAuthority, memberGrant } from "@chapterhouse/crdt";
import type { BallotOption } from "./components/ballot-option.js";
import { CastBallot } from "./components/CastBallot.js";
import { TallyView } from "./components/TallyView.js";
import { VerificationPanel } from "./components/VerificationPanel.js";
import { CloseActions } from "./CloseActions.js";
import { formatTime } from "./local-time.js";
import { OpenVoteForm, type OpenVoteChoice } from "./OpenVoteForm.js";
import { OpensList } from "./OpensList.js";
import { verificationSummaryOf, voteProblems } from "./verification-summary-of.js";
import { VoteDetails } from "./VoteDetails.js";
import type { ClosePlan, OpenSummary, VoteReading } from "@chapterhouse/crdt";
import { formatCountOf } from "../../shared/i18n/format-number.js";

/** What the vote section can do; each rejects with a message for the member. */
export interface VoteActions {
  readonly open: (choice: OpenVoteChoice, supersedes: readonly RecordId[]) => Promise<void>;
  readonly cast: (open: OpenSummary, choice: Choice) => Promise<void>;
  /** Posts a "consent with concerns" ballot's concern as a signed comment on the proposal. */
  readonly concern: (open: OpenSummary, text: string) => Promise<void>;
  readonly close: (open: OpenSummary, plan: ClosePlan) => Promise<void>;
  readonly decide: (open: OpenSummary) => Promise<void>;
  /** Shows another open of the proposal (null: the current one). */
  readonly select: (open: RecordId | null) => void;
  /** Starts the download of the shown vote's bundle. */
  readonly exportBundle: (open: RecordId) => void;
}

/** Props of the vote section's view. */
export interface VoteSectionViewProps {
  readonly reading: VoteReading;
  readonly roster: Roster;
  readonly chapter: ChapterId;
  readonly me: MemberKey;
  readonly myName: string;
  readonly now: number;
  readonly actions: VoteActions;
  /** Where the chapter's decisions log is, for the link under a recorded decision. */
  readonly decisionsHref?: string;
}

/**
 * A proposal's vote: opening one (author or facilitator), the vote's terms, casting and changing
 * a ballot, the live tally or the sealed result, closing (facilitator), the verification panel,
 * the decision, the bundle export. Presentational: data and actions come in as props.
 */
export function VoteSectionView({ reading, roster, chapter, me, myName, now, actions, decisionsHref }: VoteSectionViewProps) {
  const names = useMemberNames();
  const ids = useId();
  const [opening, setOpening] = useState(false);
  const author = reading.proposal.author;
  const isFacilitator = facilitatorAuthority(roster, chapter, me) !== undefined;
  const canOpen = isFacilitator || (author === me && memberGrant(roster, chapter, me) !== undefined);
  const maximal = reading.opens.filter((o) => o.status === "valid" || o.status === "contested");
  const open = reading.opens.find((o) => o.id === reading.open);
  const report = reading.report;

  const openForm = opening ? (
    <OpenVoteForm
      roster={roster}
      chapter={chapter}
      versions={reading.proposal.versions}
      replaces={maximal.map((o) => o.id)}
      now={now}
      onOpen={async (choice) => {
        await actions.open(choice, maximal.map((o) => o.id));
        setOpening(false);
      }}
      onCancel={() => setOpening(false)}
    />
  ) : null;
  const openButton =
    canOpen && !opening && reading.proposal.versions.length > 0 ? (
      <div className="actions">
        <button type="button" onClick={() => setOpening(true)}>
          {open === undefined ? "Open a vote" : "Open a new vote on this proposal"}
        </button>
      </div>
    ) : null;

  if (open === undefined || report === null) {
    return (
      <section className="vote-section" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>Vote</h2>
        <p className="empty-state">
          No vote has been opened on this proposal yet.
          {reading.proposal.versions.length === 0
            ? " A vote is opened on a signed version: sign one first."
            : canOpen
              ? " As its author or a facilitator, you can open one."
              : " Its author or a facilitator of the chapter can open one."}
        </p>
        {openButton}
        {openForm}
      </section>
    );
  }

  const version = reading.proposal.versions.find((v) => v.id === open.body.version);
  const options: BallotOption[] = open.body.options.map((id) => ({
    id: id as OptionId,
    label: version?.options.find((o) => o.id === id)?.label ?? id,
  }));
  const rule = tallyRule(open.body);
  const current = reading.closes.find((c) => c.id === report.close);
  const closed = report.close !== null || reading.closes.length > 0;
  const inElectorate = report.electorate?.entries.some((entry) => entry.member === me) ?? false;
  const votingOpen = open.status === "valid" && !closed && now < open.body.finalAt;
  const problems = voteProblems(report).filter((p) => p.problem !== "no-close");
  const summary = verificationSummaryOf(report, reading.signers);
  const nameOf = (key: MemberKey) => (key === me ? memberLabel(key, me, myName) : names.get(key));

  return (
    <section className="vote-section" aria-labelledby={`${ids}-title`} data-open={open.id} data-status={open.status}>
      <h2 id={`${ids}-title`}>Vote</h2>
      <OpensList opens={reading.opens} shown={open.id} me={me} myName={myName} onSelect={actions.select} />
      <p className="vote-state" data-testid="vote-state">
        {stateText(open, closed, current !== undefined, reading.decision !== null, now)}
      </p>
      <VoteDetails open={open} report={report} options={options} roster={roster} me={me} myName={myName} versionNumber={version?.n} />

      {open.status === "valid" &&
        (inElectorate ? (
          <CastBallot
            key={open.id}
            rule={rule}
            options={options}
            currentBallot={(reading.mine.current?.choice as Choice | undefined) ?? null}
            votingOpen={votingOpen}
            closesAtText={formatTime(open.body.closesAt)}
            onCast={(choice) => actions.cast(open, choice)}
            onConcern={(text) => actions.concern(open, text)}
          />
        ) : (
          <p className="notice">You are not in this vote's electorate: it was fixed from the membership when the vote opened.</p>
        ))}

      {current !== undefined && report.sealed !== null ? (
        <TallyView result={report.sealed as TallyResult} options={options} sealed />
      ) : report.recomputed !== null && !closed ? (
        <TallyView result={report.recomputed as TallyResult} options={options} />
      ) : null}

      {closed && (
        <p className="vote-verdict" data-testid="vote-verdict" data-verified={report.verified}>
          {report.verified
            ? `Verified on this device: the sealed result is the tally of the ${formatCountOf(report.ballots.counted, "ballot", "ballots")} the close counted, and every record checks out.`
            : "Not verified on this device: see what needs attention below."}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="vote-problems" aria-label="Problems with this vote">
          {problems.map((p) => (
            <li key={p.problem}>{p.words}</li>
          ))}
        </ul>
      )}

      {isFacilitator && open.status === "valid" && (
        <CloseActions
          open={open}
          reading={reading}
          now={now}
          onClose={(plan) => actions.close(open, plan)}
          onDecide={() => actions.decide(open)}
        />
      )}
      {reading.decision !== null && (
        <p className="notice" data-testid="decision-recorded">
          Recorded in the chapter's decisions log, {formatTime(reading.decision.at)}.{" "}
          {decisionsHref !== undefined && <a href={decisionsHref}>See the decisions log</a>}
        </p>
      )}

      <VerificationPanel summary={summary} memberName={nameOf} />
      <div className="actions bundle-export">
        <button type="button" onClick={() => actions.exportBundle(open.id)} aria-describedby={`${ids}-bundle-help`}>
          Download the vote bundle
        </button>
        <p className="help" id={`${ids}-bundle-help`}>
          Every record this vote rests on, in one file: anyone can check it with <code>chapterhouse verify</code>, or on
          this app's page to <a href={checkBundlePath.href()}>check a vote bundle</a>.
        </p>
      </div>
      {openButton}
      {openForm}
    </section>
  );
}

function stateText(open: OpenSummary, closed: boolean, hasCurrentClose: boolean, decided: boolean, now: number): string {
  if (open.status === "superseded") return "This vote was replaced by a later one.";
  if (open.status === "contested") return "This vote is contested: another was opened at the same time.";
  if (open.status !== "valid") return "This vote's opening record is not valid.";
  if (decided) return "Decided: the result is final and recorded.";
  if (hasCurrentClose) return now < open.body.finalAt ? `Closed; final ${formatTime(open.body.finalAt)}.` : "Closed and final.";
  if (closed) return "Closed, but the closes are contested.";
  if (now < open.body.closesAt) return `Voting is open until ${formatTime(open.body.closesAt)}.`;
  return "The closing time has passed: ballots still count until a facilitator closes the vote.";
}
