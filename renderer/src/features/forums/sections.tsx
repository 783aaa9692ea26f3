import type { ChapterId } from "@chapterhouse/crdt/records";
import type { ChapterPlace, ChapterSection } from "../../shared/routing/chapter-sections.js";
import type { ProposalSection } from "../../shared/routing/proposal-sections.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { ChapterForum } from "./ChapterForum.js";
import { LatestTopicsSummary } from "./LatestTopicsSummary.js";
import { FORUM_SECTION } from "./paths.js";
import { ProposalTopics } from "./ProposalTopics.js";

/** The chapter's forum on its page; the chapter screen has opened the organisation already. */
function ForumOfChapter({ organisation, chapter }: ChapterPlace) {
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  if (space === undefined || session === undefined) return null;
  return (
    <ChapterForum
      space={space}
      session={session}
      organisation={organisation}
      chapter={chapter as ChapterId}
    />
  );
}

/** What the forum adds to a chapter's page (its tab; its latest topics on the home page), registered by src/app/features.ts. */
export const forumChapterSections: readonly ChapterSection[] = [
  { id: FORUM_SECTION, order: 27, title: { namespace: "forums", key: "chapterSection" }, Content: ForumOfChapter, Summary: LatestTopicsSummary },
];

/** What the forum adds to a proposal's page: the topics it was started from (FO4). */
export const forumProposalSections: readonly ProposalSection[] = [
  { id: "topics", order: 30, title: { namespace: "forums", key: "fromTopic.tab" }, Content: ProposalTopics },
];
