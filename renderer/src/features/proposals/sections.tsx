import type { ChapterId } from "@chapterhouse/crdt/records";
import { useMemberSpace } from "../organisation/index.js";
import { useOrganisation } from "../organisation/index.js";
import type { ChapterPlace, ChapterSection } from "../../shared/routing/chapter-sections.js";
import { ChapterProposals } from "./ChapterProposals.js";
import { PROPOSALS_SECTION } from "./paths.js";

/** The chapter's proposals on its page; the chapter screen has opened the organisation already. */
function ProposalsOfChapter({ organisation, chapter }: ChapterPlace) {
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  if (space === undefined || session === undefined) return null;
  return <ChapterProposals space={space} session={session} organisation={organisation} chapter={chapter as ChapterId} />;
}

/** What proposals add to a chapter's page, registered by src/app/features.ts. */
export const proposalChapterSections: readonly ChapterSection[] = [
  { id: PROPOSALS_SECTION, order: 20, title: { namespace: "proposals", key: "chapterSection" }, Content: ProposalsOfChapter },
];
