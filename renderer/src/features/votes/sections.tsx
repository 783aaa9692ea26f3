import type { ChapterId, DocumentUrl, ProposalId } from "@chapterhouse/crdt/records";
import { useMemberSpace } from "../organisation/index.js";
import { useOrganisation } from "../organisation/index.js";
import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import type { ProposalPlace, ProposalSection } from "../../shared/routing/proposal-sections.js";
import { OpenVotesSummary } from "./OpenVotesSummary.js";
import { decisionsPath, VOTE_SECTION } from "./paths.js";
import { VoteSection } from "./VoteSection.js";

/** A proposal's votes on its page; the proposal screen has opened the organisation already. */
function VotesOfProposal({ organisation, chapter, proposal, proposalUrl }: ProposalPlace) {
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  if (session === undefined) return null;
  return (
    <VoteSection
      session={session}
      chapterId={chapter as ChapterId}
      proposalId={proposal as ProposalId}
      proposalUrl={proposalUrl as DocumentUrl}
    />
  );
}

/** What votes add to a chapter's page (its decisions log, a page of its own; its open votes on the home page), registered by src/app/features.ts. */
export const voteChapterSections: readonly ChapterSection[] = [
  { id: "decisions", order: 10, title: { namespace: "votes", key: "decisionsLink" }, href: ({ organisation, chapter }) => decisionsPath.href({ organisation, chapter }), Summary: OpenVotesSummary },
];

/** What votes add to a proposal's page, registered by src/app/features.ts. */
export const voteProposalSections: readonly ProposalSection[] = [{ id: VOTE_SECTION, order: 10, title: { namespace: "votes", key: "section.title" }, Content: VotesOfProposal }];
