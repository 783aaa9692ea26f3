/**
 * What the vote screens are sent of a vote reading (crdt's `readVote`, PROTOCOL.md V12): the
 * reading without the parts that grow with the electorate — a line per record, every member's
 * current ballot, the electorate's entries, the ids of every ballot a close would count — of which
 * the screens show only sums, made here in the worker: the verification panel's summary, whether
 * the member is in the electorate, how many ballots a close would count. The close's whole plan is
 * asked for only when a facilitator closes (`closePlan`). A
 * 10,000-voter vote's reading is about 4 MB of small objects, and copying it to the page
 * (structured clone) held the page's thread for a long task on every read (ARCHITECTURE "Slim
 * answers"). Whoever needs the whole report has the vote bundle (`voteBundle`, `verifyVote`).
 */
import type { MemberLine } from "@chapterhouse/crdt/delegation";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { ClosePlan, VoteReading, VoteReport } from "@chapterhouse/crdt/report";
import type { VerificationSummary } from "./components/verification-summary.js";
import { verificationSummaryOf } from "./verification-summary-of.js";

/** The electorate as the screens show it: its sums, not its entries. */
export type ShownElectorate = Omit<NonNullable<VoteReport["electorate"]>, "entries">;

/** Most lines of members who did not vote that the screens are sent (DG6): the rest are in the vote's file. */
export const SHOWN_PATHS = 200;

/** Where the weight went (DG6), with the lines of the members who did not vote and were carried or lost, the first SHOWN_PATHS of them. */
export interface ShownDelegation extends Omit<NonNullable<VoteReport["delegation"]>, "members"> {
  readonly paths: readonly Exclude<MemberLine, { status: "direct" | "absent" }>[];
  /** Such lines left out. */
  readonly more: number;
}

/** Good standing (DU8.6) with how many members it excludes in place of a line each. */
export interface ShownStanding extends Omit<NonNullable<VoteReport["standing"]>, "excluded"> {
  readonly excluded: number;
}

/** The report without a line per record or the electorate's entries, and only some delegation paths. */
export interface ShownReport extends Omit<VoteReport, "records" | "electorate" | "delegation" | "standing"> {
  readonly electorate: ShownElectorate | null;
  readonly delegation?: ShownDelegation;
  readonly standing?: ShownStanding;
}

/** What the screens show of a close plan: its counts, not the ballot ids of every box. */
export type ShownPlan = Pick<ClosePlan, "counted" | "adds" | "supersedes">;

/** Which of the reading's close plans (V12.3): a first close, or one superseding the current close. */
export type PlanChoice = "close" | "supersede";

/** A vote as the screens show it. */
export interface ShownVote extends Omit<VoteReading, "report" | "ballots" | "mine" | "signers" | "closePlan" | "supersedePlan"> {
  readonly report: ShownReport | null;
  readonly closePlan: ShownPlan | null;
  readonly supersedePlan: ShownPlan | null;
  /** The verification panel's summary of the report (null with no report). */
  readonly verification: VerificationSummary | null;
  readonly mine: VoteReading["mine"] & {
    /** Whether the member has an entry in the vote's electorate (V3). */
    readonly inElectorate: boolean;
    /** Whether the member would be in it but for good standing (DU8.5). */
    readonly notInStanding: boolean;
  };
}

/** The report as the screens show it: everything but its record lines and the electorate's entries. Never throws. */
export function shownReportOf(report: VoteReport): ShownReport {
  const { records: _records, electorate, delegation, standing, ...rest } = report;
  const kept = {
    ...rest,
    ...(delegation === undefined ? {} : { delegation: shownDelegationOf(delegation) }),
    ...(standing === undefined ? {} : { standing: { day: standing.day, taken: standing.taken, excluded: standing.excluded.length } }),
  };
  if (electorate === null) return { ...kept, electorate: null };
  const { entries: _entries, ...sums } = electorate;
  return { ...kept, electorate: sums };
}

/** DG6 with the first SHOWN_PATHS carried or lost lines in place of a line per member. */
function shownDelegationOf(delegation: NonNullable<VoteReport["delegation"]>): ShownDelegation {
  const { members, ...sums } = delegation;
  const paths = members.filter((line): line is ShownDelegation["paths"][number] => line.status === "carried" || line.status === "lost");
  return { ...sums, paths: paths.slice(0, SHOWN_PATHS), more: Math.max(0, paths.length - SHOWN_PATHS) };
}

/** A close plan's counts. */
function shownPlanOf(plan: ClosePlan | null): ShownPlan | null {
  return plan === null ? null : { counted: plan.counted, adds: plan.adds, supersedes: plan.supersedes };
}

/** What the screens show of `reading`, read for `member`. Never throws. */
export function shownVoteOf(reading: VoteReading, member: MemberKey | null): ShownVote {
  const { report, ballots: _ballots, signers, mine, closePlan, supersedePlan, ...rest } = reading;
  const plans = { closePlan: shownPlanOf(closePlan), supersedePlan: shownPlanOf(supersedePlan) };
  if (report === null) return { ...rest, ...plans, report: null, verification: null, mine: { ...mine, inElectorate: false, notInStanding: false } };
  return {
    ...rest,
    ...plans,
    report: shownReportOf(report),
    verification: verificationSummaryOf(report, signers),
    mine: {
      ...mine,
      inElectorate: member !== null && (report.electorate?.entries.some((entry) => entry.member === member) ?? false),
      notInStanding: member !== null && (report.standing?.excluded.some((line) => line.member === member) ?? false),
    },
  };
}
