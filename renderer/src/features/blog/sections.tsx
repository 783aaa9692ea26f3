import type { ChapterId } from "@chapterhouse/crdt/records";
import type { ChapterPlace, ChapterSection } from "../../shared/routing/chapter-sections.js";
import type { ProposalSection } from "../../shared/routing/proposal-sections.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { ChapterBlog } from "./ChapterBlog.js";
import { LatestPostsSummary } from "./LatestPostsSummary.js";
import { BLOG_SECTION } from "./paths.js";
import { ProposalLessons } from "./ProposalLessons.js";

/** The chapter's blog on its page; the chapter screen has opened the organisation already. */
function BlogOfChapter({ organisation, chapter }: ChapterPlace) {
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  if (space === undefined || session === undefined) return null;
  return (
    <ChapterBlog space={space} session={session} organisation={organisation} chapter={chapter as ChapterId} />
  );
}

/** What the blog adds to a chapter's page (its tab; its latest posts on the home page), registered by src/app/features.ts. */
export const blogChapterSections: readonly ChapterSection[] = [
  { id: BLOG_SECTION, order: 28, title: { namespace: "blog", key: "chapterSection" }, Content: BlogOfChapter, Summary: LatestPostsSummary },
];

/** What the blog adds to a proposal's page: the lessons it adopts (BL4). */
export const blogProposalSections: readonly ProposalSection[] = [
  { id: "lessons", order: 31, title: { namespace: "blog", key: "fromLesson.tab" }, Content: ProposalLessons },
];
