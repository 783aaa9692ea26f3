/**
 * Good standing as a condition of a vote's electorate (PROTOCOL.md DU8.2–DU8.6): the ledger
 * entries a vote's open takes, each judged by DU4 in the chapter whose document holds it, each
 * member's paid-up date from them, and the electorate kept to the members paid up to the open's
 * day. Pure; never throws on record content.
 */
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { Accepted } from "../proposals/judge-proposal.js";
import { VALID, verdict, type RecordStatus, type Verdict } from "../proposals/record-status.js";
import type { Roster } from "../membership/roster.js";
import type { OpenBody } from "../votes/vote-bodies.js";
import type { WeightedMember } from "../votes/vote-electorate.js";
import { duesLedger } from "./dues-ledger.js";
import { judgeDues, type DuesStatus, type JudgedEntry } from "./judge-dues.js";
import { parseStandingSetBody } from "./standing-set.js";

/** What judging a vote's standing needs. */
export interface StandingContext {
  readonly rosters: CausalRosters;
  /** The vote's open, when it is valid. */
  readonly open: Accepted<OpenBody> | undefined;
  /** The roster of the open's roster reference (V3.1): which chapter each Chapter document is. */
  readonly roster: Roster | undefined;
  /** V3.3's weighted electorate, by member. */
  readonly electorate: readonly WeightedMember[];
  /** Every held record of the bundle, by id (DU4.2). */
  readonly held: ReadonlyMap<RecordId, ParsedRecord>;
  /** The Chapter documents holding each record in `dues`. */
  readonly documentsOf: (record: ParsedRecord) => readonly DocumentUrl[];
}

/** A member of V3.3's electorate not in good standing (DU8.6). */
export interface Excluded {
  readonly member: MemberKey;
  readonly weight: number;
  readonly paidUntil: string | null;
}

/** A vote's standing judged (DU8). */
export interface StandingJudgement {
  /** A verdict for every `ledger-entry`, `dues-setting` and `standing-set` record given. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** The electorate every rule of the vote reads (DU8.5): V3.3's, kept to members in good standing when the open has `standing`. */
  readonly electorate: readonly WeightedMember[];
  /** DU8.6, when the vote's open is valid and has `standing`. */
  readonly report: { readonly day: string; readonly taken: number; readonly excluded: readonly Excluded[] } | undefined;
  /** Taken ids no Chapter document holds as a ledger entry (DU8.2). */
  readonly unconfirmed: number;
}

/** DU8.3: DU4's statuses as report statuses. */
const STATUS: Readonly<Record<DuesStatus, RecordStatus>> = {
  valid: "valid",
  malformed: "malformed",
  "missing-deps": "missing-deps",
  "not-treasurer": "ineligible-signer",
  "not-member": "ineligible-signer",
  "wrong-chapter": "wrong-context",
  "no-decision": "wrong-context",
  "bad-correction": "wrong-context",
};

/** DU8.4: the calendar date of `at` (ms) in UTC. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** DU8.2–DU8.6 over the held records of kinds `ledger-entry`, `dues-setting` and `standing-set`. */
export function judgeStanding(records: readonly ParsedRecord[], context: StandingContext): StandingJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const { open, electorate } = context;
  const sets = open?.body.standing?.sets;
  if (open === undefined || sets === undefined) {
    const refusal = verdict("wrong-context", "DU8.2", "the vote's open takes no ledger entries");
    for (const record of records) verdicts.set(record.id, refusal);
    return { verdicts, electorate, report: undefined, unconfirmed: 0 };
  }

  const named = new Set<RecordId>(sets);
  const taken = new Set<RecordId>();
  for (const record of records) {
    if (record.envelope.kind !== "standing-set") continue;
    if (!named.has(record.id)) {
      verdicts.set(record.id, verdict("wrong-context", "DU8.2", "a standing set the vote's open does not name"));
      continue;
    }
    // The open is valid, so its sets are held in its causal past (V1.3); a set's body is checked here.
    const parsed = parseStandingSetBody(record.envelope.body);
    if (!parsed.ok) verdicts.set(record.id, verdict("malformed", "DU8.1", parsed.problem));
    else {
      verdicts.set(record.id, VALID);
      for (const id of parsed.body.ids) taken.add(id);
    }
  }

  // DU8.3: each Chapter document's taken records judged by DU4 as that chapter's; valid in one is valid.
  const chapterOf = new Map<DocumentUrl, ChapterId>([...(context.roster?.chapters.values() ?? [])].map((chapter) => [chapter.document, chapter.id]));
  const byChapter = new Map<ChapterId, ParsedRecord[]>();
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const record of records) {
    if (record.envelope.kind === "standing-set") continue;
    if (!taken.has(record.id)) {
      verdicts.set(record.id, verdict("wrong-context", "DU8.2", "not among the ledger entries the open takes"));
      continue;
    }
    const chapters = context.documentsOf(record).flatMap((url) => chapterOf.get(url) ?? []);
    if (chapters.length === 0) verdicts.set(record.id, verdict("wrong-context", "DU8.3", "not held in the document of a chapter of the vote's roster"));
    for (const chapter of chapters) byChapter.set(chapter, [...(byChapter.get(chapter) ?? []), record]);
  }
  const paid = new Map<MemberKey, string>();
  for (const [chapter, held] of byChapter) {
    const judged = judgeDues({ chapter, held: context.held, rosters: context.rosters }, held);
    for (const entry of judged.entries) settle(verdicts, entry);
    for (const [member, until] of duesLedger(judged).standing) if ((paid.get(member) ?? "") < until) paid.set(member, until);
  }

  for (const record of records) if (!verdicts.has(record.id)) verdicts.set(record.id, verdict("wrong-context", "DU8.2", "a vote takes ledger entries only"));

  let unconfirmed = 0;
  for (const id of taken) if (byId.get(id)?.envelope.kind !== "ledger-entry") unconfirmed += 1;

  // DU8.4, DU8.5: paid up to the open's day.
  const day = dayOf(open.record.envelope.at);
  const kept: WeightedMember[] = [];
  const excluded: Excluded[] = [];
  for (const entry of electorate) {
    const until = paid.get(entry.member);
    if (until !== undefined && until >= day) kept.push(entry);
    else excluded.push({ member: entry.member, weight: entry.weight, paidUntil: until ?? null });
  }
  return { verdicts, electorate: kept, report: { day, taken: taken.size, excluded }, unconfirmed };
}

/** An entry judged in one of its documents: valid there wins over a refusal in another (DU8.3). */
function settle(verdicts: Map<RecordId, Verdict>, entry: JudgedEntry): void {
  const id = entry.record.id;
  if (verdicts.get(id)?.status === "valid") return;
  verdicts.set(id, entry.status === "valid" ? VALID : { status: STATUS[entry.status], detail: entry.detail });
}
