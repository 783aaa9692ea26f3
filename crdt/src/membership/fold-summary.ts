/**
 * What a screen needs of a membership fold, without its accepted records: the roster, the
 * rejections, each chapter's causal frontier (what `depsWithFrontier` cites) and the heads of
 * every accepted record (an open's `roster.heads`, V2), and which member signed each accepted
 * invite. A fold of 100,000 members holds about 100,000 accepted records (a page's copy of them
 * was most of an 88 MB structured clone, deserialised in one task); its summary holds tens of ids
 * per chapter besides the roster. `depsWithFrontier` gives the same deps from either.
 */
import { isObject } from "../records/canonical.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import { MAX_DEPS } from "../records/record.js";
import type { Rejection } from "../records/rejection.js";
import type { MembershipFold } from "./fold-membership.js";
import type { Roster } from "./roster.js";

/** A membership fold as a screen uses it. */
export interface FoldSummary {
  readonly roster: Roster;
  readonly rejections: readonly Rejection[];
  /**
   * Per chapter with accepted records, its accepted records that no other of them cites (the
   * chapter's genesis and the records whose body names the chapter), newest first by claimed
   * time, then smaller id; the first MAX_DEPS of them (no more can be cited, R7).
   */
  readonly frontiers: ReadonlyMap<ChapterId, readonly RecordId[]>;
  /** The ids of the accepted records no accepted record cites, sorted; at most `headLimit` + 1 of them. */
  readonly heads: readonly RecordId[];
  /** How many such heads there are. */
  readonly headCount: number;
  /** Each accepted invite's signer, by the invite's id. */
  readonly inviteSigners: ReadonlyMap<RecordId, MemberKey>;
}

/** Whether `fold` is a summary (not a whole fold). */
export function isFoldSummary(fold: FoldSummary | Pick<MembershipFold, "accepted">): fold is FoldSummary {
  return "frontiers" in fold;
}

/** The chapters whose frontier an accepted record counts in: a genesis its own, and the chapter its body names. */
function chaptersOfRecord(record: MembershipFold["accepted"][number]): ChapterId[] {
  const out: ChapterId[] = record.envelope.kind === "genesis" ? [record.id as ChapterId] : [];
  const body = record.envelope.body;
  if (isObject(body) && typeof body["chapter"] === "string" && body["chapter"] !== record.id) out.push(body["chapter"] as ChapterId);
  return out;
}

/**
 * The summary of `fold`; `headLimit`: above it the heads are only counted (an open cites at most
 * MAX_ROSTER_HEADS, V2). Never throws.
 */
export function summariseFold(fold: MembershipFold, headLimit: number): FoldSummary {
  const byChapter = new Map<ChapterId, MembershipFold["accepted"][number][]>();
  const citedAnywhere = new Set<string>();
  const inviteSigners = new Map<RecordId, MemberKey>();
  for (const record of fold.accepted) {
    for (const dep of record.envelope.deps) citedAnywhere.add(dep);
    if (record.envelope.kind === "invite") inviteSigners.set(record.id, record.envelope.signer);
    for (const chapter of chaptersOfRecord(record)) {
      let records = byChapter.get(chapter);
      if (records === undefined) byChapter.set(chapter, (records = []));
      records.push(record);
    }
  }
  const frontiers = new Map<ChapterId, readonly RecordId[]>();
  for (const [chapter, records] of byChapter) {
    const cited = new Set<string>();
    for (const record of records) for (const dep of record.envelope.deps) cited.add(dep);
    const frontier = records.filter((record) => !cited.has(record.id)).sort((a, b) => b.envelope.at - a.envelope.at || (a.id < b.id ? -1 : 1));
    frontiers.set(chapter, frontier.slice(0, MAX_DEPS).map((record) => record.id));
  }
  const heads = [...new Set(fold.accepted.map((record) => record.id).filter((id) => !citedAnywhere.has(id)))].sort();
  return { roster: fold.roster, rejections: fold.rejections, frontiers, heads: heads.slice(0, headLimit + 1), headCount: heads.length, inviteSigners };
}
