/**
 * The `deps` a new governance record cites (PROTOCOL.md R7, M3): the grant, holding or
 * founder grant its authority rests on, read from the roster the fold produced, plus the
 * newest accepted governance records of the chapter (its causal frontier), so the record
 * carries what its signer had seen (M8.4).
 */
import {
  FACILITATOR,
  MAX_DEPS,
  subtreeOf,
  type ChapterId,
  type MemberKey,
  type MembershipFold,
  type RecordId,
  type Roster,
} from "@chapterhouse/crdt";
import { bodyChapter } from "./record-fields.js";

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
 * chapter's own first; undefined if the key is not a member. Never throws.
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
 * holding of `key` in the chapter or the nearest chapter above it that has one, and a live
 * grant of `key` in that chapter or below; undefined if none. Never throws.
 */
export function facilitatorAuthority(roster: Roster, chapter: ChapterId, key: MemberKey): readonly [RecordId, RecordId] | undefined {
  for (const id of ancestorsOf(roster, chapter)) {
    const holding = roster.chapters.get(id)?.roles.find((r) => r.key === key && r.role === FACILITATOR);
    const grant = holding === undefined ? undefined : memberGrant(roster, id, key);
    if (holding !== undefined && grant !== undefined) return [holding.grant, grant];
  }
  return undefined;
}

/**
 * `required` first, then the chapter's accepted governance records that no other of them
 * cites (newest first by claimed time), up to MAX_DEPS in all. Never throws.
 */
export function depsWithFrontier(fold: MembershipFold, chapter: ChapterId, required: readonly RecordId[]): RecordId[] {
  const out = new Set<RecordId>(required);
  const ofChapter = fold.accepted.filter((r) => r.id === chapter || bodyChapter(r.envelope.body) === chapter);
  const cited = new Set<string>();
  for (const record of ofChapter) for (const dep of record.envelope.deps) cited.add(dep);
  const frontier = ofChapter
    .filter((r) => !cited.has(r.id))
    .sort((a, b) => b.envelope.at - a.envelope.at || (a.id < b.id ? -1 : 1));
  for (const record of frontier) {
    if (out.size >= MAX_DEPS) break;
    out.add(record.id);
  }
  return [...out];
}
