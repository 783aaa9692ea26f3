import type { ChapterId } from "@chapterhouse/crdt/records";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import type { ChapterPlace, ChapterSection } from "../../shared/routing/chapter-sections.js";
import { ChapterRooms } from "./ChapterRooms.js";

/** The chapter's rooms on its page; the chapter screen has opened the organisation already. */
function RoomsOfChapter({ organisation, chapter }: ChapterPlace) {
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  if (space === undefined || session === undefined) return null;
  return <ChapterRooms space={space} session={session} organisation={organisation} chapter={chapter as ChapterId} />;
}

/** What chat adds to a chapter's page, registered by src/app/features.ts. */
export const chatChapterSections: readonly ChapterSection[] = [{ id: "chat", order: 25, title: { namespace: "chat", key: "chapterSection" }, Content: RoomsOfChapter }];
