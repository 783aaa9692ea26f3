import { useId } from "react";
import { facilitatorAuthority, memberGrant, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { Choice, OptionId, TallyResult } from "@chapterhouse/crdt/tally";
import { tallyRule } from "@chapterhouse/crdt/votes";
import type { OpenSummary } from "@chapterhouse/crdt/report";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { StatusPill, type StatusTone } from "../../shared/ui/StatusPill.js";
import { useMemberLabel } from "../profiles/index.js";
import { CloseActions } from "./CloseActions.js";
import type { BallotOption } from "./components/ballot-option.js";
import { CarriedWeightNote } from "./components/CarriedWeightNote.js";
import { CastBallot } from "./components/CastBallot.js";
import { DelegationResult } from "./components/DelegationResult.js";
import { TallyView } from "./components/TallyView.js";
import { VerificationPanel } from "./components/VerificationPanel.js";
import { OpenVote } from "./OpenVote.js";
import type { OpenVoteChoice } from "./OpenVoteForm.js";
import { OpensList } from "./OpensList.js";
import type { PlanChoice, ShownVote } from "./shown-vote.js";
import { checkBundlePath } from "./paths.js";
import { useVoteProblem } from "./use-vote-problem.js";
import { VoteDetails } from "./VoteDetails.js";
import { VoteProblemList } from "./VoteProblemList.js";
import { localDay } from "./local-time.js";
import "./votes.css";

/** What the vote section can do; each rejects with the reason (a VoteProblem where the member can act on it). */
export interface VoteActions {
  readonly open: (choice: OpenVoteChoice, supersedes: readonly RecordId[]) => Promise<void>;
  readonly cast: (open: OpenSummary, choice: Choice) => Promise<void>;
  /** Posts a "consent with concerns" ballot's concern as a comment on the proposal. */
  readonly concern: (open: OpenSummary, text: string) => Promise<void>;
  readonly close: (open: OpenSummary, which: PlanChoice) => Promise<void>;
  readonly decide: (open: OpenSummary) => Promise<void>;
  /** Shows another open of the proposal (null: the current one). */
  readonly select: (open: RecordId | null) => void;
  /** Starts the download of the shown vote's bundle. */
  readonly exportBundle: (open: RecordId) => void;
  /** Each member's paid-up date over the deciding chapter's ledgers and those below (DU8.8), before a vote opens. */
  readonly paidUp: () => Promise<ReadonlyMap<MemberKey, string>>;
  /** The members checked in at `assembly` as this device holds it (AS8.7), before a vote of the members present opens. */
  readonly membersPresent: (assembly: RecordId) => Promise<readonly MemberKey[]>;
}

/** Props of the vote section's view. */
export interface VoteSectionViewProps {
  readonly reading: ShownVote;
  readonly roster: Roster;
  readonly chapter: ChapterId;
  readonly me: MemberKey;
  readonly now: number;
  readonly actions: VoteActions;
  /** Where the chapter's decisions log is, for the link under a recorded decision. */
  readonly decisionsHref?: string;
  /** The assembly the page was opened from (AS8): opening a vote offers its members present as the electorate. */
  readonly assembly?: RecordId | null;
}

/** Where a vote stands, for its pill and its sentence. */
type VoteState = "open" | "counting" | "closed" | "final" | "contested-close" | "decided" | "replaced" | "contested" | "invalid";

const STATE_TONE: Readonly<Record<VoteState, StatusTone>> = {
  open: "success",
  counting: "warning",
  closed: "info",
  final: "info",
  "contested-close": "warning",
  decided: "success",
  replaced: "neutral",
  contested: "warning",
  invalid: "danger",
};

function stateOf(open: OpenSummary, closed: boolean, hasCurrentClose: boolean, decided: boolean, now: number): VoteState {
  if (open.status === "superseded") return "replaced";
  if (open.status === "contested") return "contested";
  if (open.status !== "valid") return "invalid";
  if (decided) return "decided";
  if (hasCurrentClose) return now < open.body.finalAt ? "closed" : "final";
  if (closed) return "contested-close";
  return now < open.body.closesAt ? "open" : "counting";
}

/**
 * A proposal's vote, one view of its page: where the vote stands; the member's ballot and the
 * live tally or the sealed result; the facilitator's close and decision; what the vote is; and,
 * folded, how this device checked it and the file that proves it. With no vote yet, the way to
 * open one. Presentational: data and actions come in as props.
 */
export function VoteSectionView({ reading, roster, chapter, me, now, actions, decisionsHref, assembly = null }: VoteSectionViewProps) {
  const t = useT("votes");
  const format = useFormat();
  const nameOf = useMemberLabel();
  const problemText = useVoteProblem();
  const ids = useId();
  const author = reading.proposal.author;
  const isFacilitator = facilitatorAuthority(roster, chapter, me) !== undefined;
  const canOpen = (isFacilitator || (author === me && memberGrant(roster, chapter, me) !== undefined)) && reading.proposal.versions.length > 0;
  const maximal = reading.opens.filter((o) => o.status === "valid" || o.status === "contested");
  const open = reading.opens.find((o) => o.id === reading.open);
  const report = reading.report;
  const openVote = (again: boolean) =>
    canOpen ? (
      <OpenVote
        roster={roster}
        chapter={chapter}
        versions={reading.proposal.versions}
        replaces={maximal.map((o) => o.id)}
        now={now}
        onOpen={(choice) => actions.open(choice, maximal.map((o) => o.id))}
        paidUp={actions.paidUp}
        membersPresent={actions.membersPresent}
        again={again}
        assembly={assembly}
      />
    ) : undefined;

  if (open === undefined || report === null) {
    const action = openVote(false);
    return (
      <section className="vote-section" aria-label={t("section.title")}>
        <EmptyState
          title={t("section.noVote")}
          description={reading.proposal.versions.length === 0 ? t("section.noVoteNoVersion") : canOpen ? t("section.noVoteCanOpen") : t("section.noVoteOthers")}
          {...(action === undefined ? {} : { action })}
        />
      </section>
    );
  }

  const version = reading.proposal.versions.find((v) => v.id === open.body.version);
  const options: BallotOption[] = open.body.options.map((id) => ({ id: id as OptionId, label: version?.options.find((o) => o.id === id)?.label ?? id }));
  const rule = tallyRule(open.body);
  const current = reading.closes.find((c) => c.id === report.close);
  const closed = report.close !== null || reading.closes.length > 0;
  const inElectorate = reading.mine.inElectorate;
  const votingOpen = open.status === "valid" && !closed && now < open.body.finalAt;
  const state = stateOf(open, closed, current !== undefined, reading.decision !== null, now);
  const times = { closes: format.dateTime(open.body.closesAt, { weekday: true }), final: format.dateTime(open.body.finalAt, { weekday: true }) };

  const ballot =
    open.status !== "valid" ? null : inElectorate ? (
      <div className="vote-ballot">
        {votingOpen && reading.mine.carries !== null && <CarriedWeightNote carries={reading.mine.carries} />}
        <CastBallot
          key={open.id}
          rule={rule}
          options={options}
          currentBallot={(reading.mine.current?.choice as Choice | undefined) ?? null}
          votingOpen={votingOpen}
          closesAtText={times.closes}
          onCast={(choice) => actions.cast(open, choice)}
          onConcern={(text) => actions.concern(open, text)}
          problemText={problemText}
        />
      </div>
    ) : (
      <p className="vote-note">{reading.mine.notInStanding && report.standing !== undefined ? t("section.notInStanding", { day: format.date(localDay(report.standing.day)) }) : t("section.notInElectorate")}</p>
    );
  const tally =
    current !== undefined && report.sealed !== null ? (
      <TallyView result={report.sealed as TallyResult} options={options} sealed />
    ) : report.recomputed !== null && !closed ? (
      <TallyView result={report.recomputed as TallyResult} options={options} />
    ) : null;

  return (
    <section className="vote-section" aria-labelledby={`${ids}-title`} data-open={open.id} data-status={open.status}>
      <div className="vote-status">
        <h2 id={`${ids}-title`} className="vote-part-title">
          {t("section.title")}
        </h2>
        <StatusPill tone={STATE_TONE[state]}>{t(`state.${state}.pill`)}</StatusPill>
        <p className="vote-state" data-testid="vote-state">
          {t(`state.${state}.text`, times)}
        </p>
      </div>
      <OpensList opens={reading.opens} shown={open.id} onSelect={actions.select} />
      {closed && (
        <p className="vote-verdict" data-testid="vote-verdict" data-verified={report.verified}>
          {report.verified ? t("section.verified", { count: report.ballots.counted, n: format.count(report.ballots.counted) }) : t("section.notVerified")}
        </p>
      )}
      <VoteProblemList report={report} skip={["no-close"]} />
      {reading.decision !== null && (
        <p className="vote-note" data-testid="decision-recorded">
          {t("section.recorded", { date: format.dateTime(reading.decision.at) })}{" "}
          {decisionsHref !== undefined && <Link href={decisionsHref}>{t("section.seeDecisions")}</Link>}
        </p>
      )}
      {isFacilitator && open.status === "valid" && (
        <CloseActions open={open} reading={reading} now={now} onClose={(which) => actions.close(open, which)} onDecide={() => actions.decide(open)} />
      )}
      <div className="vote-parts" data-order={votingOpen ? "ballot-first" : "result-first"}>
        {votingOpen ? ballot : tally}
        {votingOpen ? tally : ballot}
      </div>
      {report.delegation !== undefined && <DelegationResult delegation={report.delegation} />}
      <VoteDetails open={open} report={report} options={options} roster={roster} versionNumber={version?.n} />
      <Disclosure title={t("section.checked")} headingLevel={2}>
        {reading.verification !== null && <VerificationPanel summary={reading.verification} memberName={nameOf} />}
        <div className="bundle-export">
          <Button onPress={() => actions.exportBundle(open.id)} aria-describedby={`${ids}-bundle-help`}>
            {t("bundle.download")}
          </Button>
          <p className="ballot-help" id={`${ids}-bundle-help`}>
            {t("bundle.help")} <Link href={checkBundlePath.href()}>{t("bundle.checkLink")}</Link>
          </p>
        </div>
      </Disclosure>
      {openVote(true)}
    </section>
  );
}
