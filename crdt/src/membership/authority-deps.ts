/**
 * The `deps` a new record cites for its signer's authority (PROTOCOL.md M3, P1.3), read from a
 * roster the fold produced: a live grant in the chapter or below it (member authority, M3.3), a
 * facilitator holding over it and a grant (M3.4), a founder grant (M3.5); and the chapter's newest
 * governance records, so a record carries what its signer had seen (M8.4). The rules judge
 * authority in each record's causal past (`memberProblem`, `facilitatorProblem`); these choose
 * what to cite so that it holds there.
 */
import { isObject } from "../records/canonical.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import { MAX_DEPS } from "../records/record.js";
import { subtreeOf } from "./electorate.js";
import type { MembershipFold } from "./fold-membership.js";
import { isFoldSummary, type FoldSummary } from "./fold-summary.js";
import { FACILITATOR } from "./kinds.js";
import type { Roster } from "./roster.js";

/** The chapter and its ancestors, nearest first; empty if unknown. Never throws. */
export function ancestorsOf(roster: Roster, chapter: ChapterId): ChapterId[] {
  const out: ChapterId[] = [];
  let current = roster.chapters.get(chapter);
  while (current !== undefined && !out.includes(current.id)) {
    out.push(current.id);
    current = current.parent === null ? undefined : roster.chapters.get(current.parent);
  }
  return out;
}

/**
 * The id of a live grant of `key` in `chapter` or below it (M3.3: member authority), the
 * chapter's own first, then the first chapter below it by id; undefined if the key is not a
 * member. Never throws.
 */
export function memberGrant(roster: Roster, chapter: ChapterId, key: MemberKey): RecordId | undefined {
  const own = roster.chapters.get(chapter)?.members.get(key);
  if (own !== undefined) return own.grant;
  for (const id of subtreeOf(roster, chapter)) {
    const entry = roster.chapters.get(id)?.members.get(key);
    if (entry !== undefined) return entry.grant;
  }
  return undefined;
}

/**
 * The holding and grant behind facilitator authority over `chapter` (M3.4): a live facilitator
 * holding of `key` in the chapter or the nearest chapter above it that has one, and a live grant
 * of `key` in that chapter or below; undefined if none. Never throws.
 */
export function facilitatorAuthority(roster: Roster, chapter: ChapterId, key: MemberKey): readonly [RecordId, RecordId] | undefined {
  for (const id of ancestorsOf(roster, chapter)) {
    const holding = roster.chapters.get(id)?.roles.find((role) => role.key === key && role.role === FACILITATOR);
    const grant = holding === undefined ? undefined : memberGrant(roster, id, key);
    if (holding !== undefined && grant !== undefined) return [holding.grant, grant];
  }
  return undefined;
}

/** The founder grant of `key` in exactly `chapter` (M3.5), or undefined. Never throws. */
export function founderGrant(roster: Roster, chapter: ChapterId, key: MemberKey): RecordId | undefined {
  const entry = roster.chapters.get(chapter)?.members.get(key);
  return entry?.founder === true ? entry.grant : undefined;
}

/**
 * `required` first, then the chapter's accepted governance records that no other of them cites
 * (its causal frontier, newest first by claimed time, then smaller id), up to MAX_DEPS in all
 * (R7); from a whole fold or its summary (`summariseFold`), alike. Never throws.
 */
export function depsWithFrontier(fold: Pick<MembershipFold, "accepted"> | FoldSummary, chapter: ChapterId, required: readonly RecordId[]): RecordId[] {
  const out = new Set<RecordId>(required);
  if (isFoldSummary(fold)) {
    for (const id of fold.frontiers.get(chapter) ?? []) {
      if (out.size >= MAX_DEPS) break;
      out.add(id);
    }
    return [...out];
  }
  const ofChapter = fold.accepted.filter((record) => record.id === chapter || (isObject(record.envelope.body) && record.envelope.body["chapter"] === chapter));
  const cited = new Set<string>();
  for (const record of ofChapter) for (const dep of record.envelope.deps) cited.add(dep);
  const frontier = ofChapter.filter((record) => !cited.has(record.id)).sort((a, b) => b.envelope.at - a.envelope.at || (a.id < b.id ? -1 : 1));
  for (const record of frontier) {
    if (out.size >= MAX_DEPS) break;
    out.add(record.id);
  }
  return [...out];
}
