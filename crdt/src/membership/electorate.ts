/**
 * Membership up the tree and the electorate (PROTOCOL.md M11): a member of a chapter is a member of
 * every chapter above it; the electorate of a chapter is the set of member keys of it and all the
 * chapters below it.
 */
import type { ChapterId, MemberKey } from "../records/ids.js";
import { forEachMemberInKeyOrder } from "./members-in-key-order.js";
import type { Roster } from "./roster.js";

/** One voter of an electorate and the chapters (within the electorate's subtree) it directly belongs to. */
export interface ElectorateEntry {
  readonly key: MemberKey;
  /** Sorted ascending; a weight rule may use the chapter that gives the highest weight. */
  readonly chapters: readonly ChapterId[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `chapter` and every chapter below it, in ascending id order; empty if the chapter is unknown.
 * Never throws.
 */
export function subtreeOf(roster: Roster, chapter: ChapterId): ChapterId[] {
  const out: ChapterId[] = [];
  const stack: ChapterId[] = roster.chapters.has(chapter) ? [chapter] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(roster.chapters.get(id)?.children ?? []));
  }
  return out.sort(byText);
}

/**
 * The electorate of `chapter` (M11.3): every key that is a direct member of it or of a chapter
 * below it, once, sorted by key. Empty if the chapter is unknown. Never throws.
 */
export function electorate(roster: Roster, chapter: ChapterId): ElectorateEntry[] {
  const entries: ElectorateEntry[] = [];
  forEachMemberInKeyOrder(roster, subtreeOf(roster, chapter), (key, chapters) => entries.push({ key, chapters: [...chapters] }));
  return entries;
}

/**
 * True if `key` is a member of `chapter` (M11.1): a direct member of it or of a chapter below it.
 * Never throws.
 */
export function isMember(roster: Roster, chapter: ChapterId, key: MemberKey): boolean {
  return subtreeOf(roster, chapter).some((id) => roster.chapters.get(id)!.members.has(key));
}

/** True if `key` holds `role` in exactly `chapter` (M9). Never throws. */
export function holdsRole(roster: Roster, chapter: ChapterId, key: MemberKey, role: string): boolean {
  return (
    roster.chapters.get(chapter)?.roles.some((entry) => entry.key === key && entry.role === role) ?? false
  );
}
