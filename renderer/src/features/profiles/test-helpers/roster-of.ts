import type { ChapterRoster, Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";

/** The Chapter document of a test chapter. */
export const documentOf = (chapter: string) => `automerge:${chapter.slice(0, 4)}` as DocumentUrl;

/** A roster whose chapters (no parents) have the given direct members: what readProfiles and the publisher read. */
export function rosterOf(chapters: Readonly<Record<string, readonly MemberKey[]>>): Roster {
  const entries = Object.entries(chapters).map(([chapterId, members]) => {
    const chapter = { id: chapterId, parent: null, document: documentOf(chapterId), members: new Map(members.map((key) => [key, { key, grant: chapterId as RecordId, founder: false }])) };
    return [chapterId as ChapterId, chapter as unknown as ChapterRoster] as const;
  });
  return { chapters: new Map(entries) };
}
