import type { ChapterId } from "@chapterhouse/crdt/records";
import type { ChapterPlace, ChapterSection } from "../../shared/routing/chapter-sections.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { ChapterSite } from "./ChapterSite.js";

/** The chapter's home page; the chapter screen has opened the organisation already. */
function SiteOfChapter({ organisation, chapter }: ChapterPlace) {
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  if (space === undefined || session === undefined) return null;
  return (
    <ChapterSite space={space} session={session} organisation={organisation} chapter={chapter as ChapterId} />
  );
}

/** What the site adds to a chapter's page, registered by src/app/features.ts. */
export const siteChapterSections: readonly ChapterSection[] = [
  { id: "site", order: 15, title: { namespace: "site", key: "tab" }, Content: SiteOfChapter },
];
