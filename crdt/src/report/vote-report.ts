/**
 * The verification report of a vote (PROTOCOL.md V9): what every device holding the same records
 * computes, byte for byte. Written as canonical JSON (R1).
 */
import { canonicalize } from "../records/canonical.js";
import { LONE_SURROGATE } from "../encoding/utf8.js";
import { canonicalListText } from "./canonical-list.js";
import type { ChapterId, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import type { Unconfirmed } from "../proposals/causal-rosters.js";
import type { AmendmentState, ProposalStage } from "../proposals/proposal-stage.js";
import type { RecordStatus } from "../proposals/record-status.js";
import type { OpenDelegations } from "../delegation/delegation-bodies.js";
import type { DelegationOutcome } from "../delegation/resolve-delegations.js";
import type { Excluded } from "../dues/judge-standing.js";
import type { PresenceReport } from "../assemblies/judge-presence.js";

/** Where each member's weight went, when the vote has delegation (DG6). */
export type DelegationReport = Omit<OpenDelegations, "sets"> & { readonly taken: number } & Omit<DelegationOutcome, "terminals">;

/** The `type` member of every report (V9.4). */
export const VOTE_REPORT_TYPE = "chapterhouse-vote-report";

/** Problems about the vote as a whole, not one record (V9.3). */
export type VoteProblem = "open-not-valid" | "electorate-unconfirmed" | "electorate-empty" | "no-close" | "result-mismatch" | "delegations-unconfirmed" | "standing-unconfirmed" | "assembly-not-valid" | "presence-unconfirmed";

/** One problem or note: the record it is about (null for the vote as a whole), what, and why. */
export interface ReportEntry {
  readonly record: RecordId | null;
  readonly problem: RecordStatus | VoteProblem;
  readonly detail: string;
}

/** One record's line in the report. */
export interface RecordLine {
  readonly id: string;
  /** The record's kind, or null when its envelope could not be read. */
  readonly kind: string | null;
  readonly status: RecordStatus;
  /** Why, starting with the rule id; absent for `valid`. */
  readonly detail?: string;
  /** Ballots only, when the vote has a current close: whether that close counted it. */
  readonly counted?: boolean;
}

/** The report (V9.4). */
export interface VoteReport {
  readonly type: typeof VOTE_REPORT_TYPE;
  readonly v: 1;
  readonly vote: { readonly chapter: ChapterId | null; readonly proposal: ProposalId; readonly open: RecordId };
  /** True exactly when `problems` is empty. */
  readonly verified: boolean;
  readonly problems: readonly ReportEntry[];
  readonly notes: readonly ReportEntry[];
  readonly proposal: {
    readonly title: string | null;
    readonly author: MemberKey | null;
    readonly stage: ProposalStage | null;
    readonly versions: readonly { readonly id: RecordId; readonly n: number; readonly textHash: string }[];
    readonly amendments: readonly { readonly id: RecordId; readonly state: AmendmentState }[];
  };
  readonly opens: readonly { readonly id: RecordId; readonly status: RecordStatus }[];
  readonly electorate: {
    readonly heads: readonly RecordId[];
    readonly members: number;
    readonly weight: number;
    readonly entries: readonly { readonly member: MemberKey; readonly weight: number }[];
    readonly unconfirmed: readonly Unconfirmed[];
  } | null;
  readonly ballots: { readonly held: number; readonly eligible: number; readonly voters: number; readonly counted: number };
  readonly closes: readonly {
    readonly id: RecordId;
    readonly status: RecordStatus;
    readonly supersedes: RecordId | null;
    readonly counted: number;
    readonly matches: boolean;
  }[];
  readonly close: RecordId | null;
  readonly sealed: object | null;
  readonly recomputed: object | null;
  readonly matches: boolean;
  readonly decisions: readonly { readonly id: RecordId; readonly status: RecordStatus }[];
  readonly records: readonly RecordLine[];
  /** Only when the vote's open is valid and has `delegations` (DG6): reports of votes without stay as they were. */
  readonly delegation?: DelegationReport;
  /** Only when the vote's open is valid and has `standing` (DU8.6): reports of votes without stay as they were. */
  readonly standing?: { readonly day: string; readonly taken: number; readonly excluded: readonly Excluded[] };
  /** Only when the vote's open is valid and has `present` (AS8.9): reports of other votes stay as they were. */
  readonly present?: PresenceReport;
}

/** The members a record line has (R1.1 order): `assemble` writes one of these. */
const LINE_SHAPES = [
  ["id", "kind", "status"],
  ["counted", "id", "kind", "status"],
  ["detail", "id", "kind", "status"],
  ["counted", "detail", "id", "kind", "status"],
] as const;
const ENTRY_SHAPES = [["member", "weight"]] as const;

/**
 * The report as canonical JSON (R1; V9.4): the bytes every device holding the same records prints.
 * Its two long lists, the record lines and the electorate's entries, are checked as the flat
 * objects they are (`canonicalListText`); the rest as `canonicalize` does. A report not of that
 * shape is written by `canonicalize` whole: the text is the same either way.
 * @throws {CanonicalError} only if the report was not built by `verifyVote`.
 */
export function voteReportToCanonical(report: VoteReport): string {
  if (!isPlainObject(report) || !Array.isArray(report.records)) return canonicalize(report);
  const lines = canonicalListText(report.records, LINE_SHAPES);
  if (lines === undefined) return canonicalize(report);
  const electorate = report.electorate;
  let electorateText: string | undefined;
  if (isPlainObject(electorate) && Array.isArray(electorate.entries)) {
    const entries = canonicalListText(electorate.entries, ENTRY_SHAPES);
    electorateText = entries === undefined ? undefined : objectText(electorate, 1, (name) => (name === "entries" ? entries : undefined));
    if (electorateText === undefined) return canonicalize(report);
  }
  const text = objectText(report, 0, (name) => (name === "records" ? lines : name === "electorate" ? electorateText : undefined));
  return text ?? canonicalize(report);
}

function isPlainObject(value: unknown): value is { readonly [name: string]: unknown } {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `object`, found `depth` containers deep, as `canonicalize` writes it there, with the texts
 * `written` gives for some of its members; undefined for a member `canonicalize` itself refuses
 * by its name or as undefined (it then says why).
 * @throws {CanonicalError} what `canonicalize` throws for a member's value.
 */
function objectText(object: { readonly [name: string]: unknown }, depth: number, written: (name: string) => string | undefined): string | undefined {
  const names = Object.keys(object).sort(byCodeUnits);
  let text = "{";
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const value = object[name];
    if (value === undefined || LONE_SURROGATE.test(name)) return undefined;
    text += `${i === 0 ? "" : ","}${JSON.stringify(name)}:${written(name) ?? valueText(value, depth + 1)}`;
  }
  return `${text}}`;
}

/** `value` as `canonicalize` writes it `depth` containers deep (R1.6 counts them): inside as many lists. */
function valueText(value: unknown, depth: number): string {
  let nested = value;
  for (let i = 0; i < depth; i++) nested = [nested];
  return canonicalize(nested).slice(depth, -depth);
}
