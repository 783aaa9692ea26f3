import type { Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";

/**
 * The chapters `member` belongs to at every level (PROTOCOL.md M11.1: a member of a chapter is a
 * member of every chapter above it): each chapter they are a direct member of and its ancestors,
 * in the roster's order. Never throws.
 */
export function chaptersOf(roster: Roster, member: MemberKey): ChapterId[] {
  const mine = new Set<ChapterId>();
  for (const chapter of roster.chapters.values()) {
    if (!chapter.members.has(member)) continue;
    for (let at: ChapterId | null = chapter.id; at !== null && !mine.has(at); at = roster.chapters.get(at)?.parent ?? null) mine.add(at);
  }
  return [...roster.chapters.keys()].filter((id) => mine.has(id));
}
