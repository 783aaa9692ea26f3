/**
 * What the vote screens are sent of a vote reading (crdt's `readVote`, PROTOCOL.md V12): the
 * reading without the parts that grow with the electorate — a line per record, every member's
 * current ballot, the electorate's entries — of which the screens show only sums, made here in the
 * worker: the verification panel's summary and whether the member is in the electorate. A
 * 10,000-voter vote's reading is about 4 MB of small objects, and copying it to the page
 * (structured clone) held the page's thread for a long task on every read (ARCHITECTURE "Slim
 * answers"). Whoever needs the whole report has the vote bundle (`voteBundle`, `verifyVote`).
 */
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { VoteReading, VoteReport } from "@chapterhouse/crdt/report";
import type { VerificationSummary } from "./components/verification-summary.js";
import { verificationSummaryOf } from "./verification-summary-of.js";

/** The electorate as the screens show it: its sums, not its entries. */
export type ShownElectorate = Omit<NonNullable<VoteReport["electorate"]>, "entries">;

/** The report without a line per record or the electorate's entries. */
export interface ShownReport extends Omit<VoteReport, "records" | "electorate"> {
  readonly electorate: ShownElectorate | null;
}

/** A vote as the screens show it. */
export interface ShownVote extends Omit<VoteReading, "report" | "ballots" | "mine" | "signers"> {
  readonly report: ShownReport | null;
  /** The verification panel's summary of the report (null with no report). */
  readonly verification: VerificationSummary | null;
  readonly mine: VoteReading["mine"] & {
    /** Whether the member has an entry in the vote's electorate (V3). */
    readonly inElectorate: boolean;
  };
}

/** The report as the screens show it: everything but its record lines and the electorate's entries. Never throws. */
export function shownReportOf(report: VoteReport): ShownReport {
  const { records: _records, electorate, ...kept } = report;
  if (electorate === null) return { ...kept, electorate: null };
  const { entries: _entries, ...sums } = electorate;
  return { ...kept, electorate: sums };
}

/** What the screens show of `reading`, read for `member`. Never throws. */
export function shownVoteOf(reading: VoteReading, member: MemberKey | null): ShownVote {
  const { report, ballots: _ballots, signers, mine, ...rest } = reading;
  if (report === null) return { ...rest, report: null, verification: null, mine: { ...mine, inElectorate: false } };
  return {
    ...rest,
    report: shownReportOf(report),
    verification: verificationSummaryOf(report, signers),
    mine: { ...mine, inElectorate: member !== null && (report.electorate?.entries.some((entry) => entry.member === member) ?? false) },
  };
}
