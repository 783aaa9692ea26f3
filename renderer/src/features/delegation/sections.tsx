import type { ChapterSection } from "../../shared/routing/chapter-sections.js";
import type { ProposalSection } from "../../shared/routing/proposal-sections.js";
import { ChapterDelegation } from "./ChapterDelegation.js";
import { ProposalDelegation } from "./ProposalDelegation.js";

/** The member's delegation in a chapter, a section of its page, registered by src/app/features.ts. */
export const delegationChapterSections: readonly ChapterSection[] = [
  { id: "delegation", order: 38, title: { namespace: "delegation", key: "tab" }, Content: ChapterDelegation },
];

/** The member's delegation for one proposal's votes, a tab of its page after the vote, registered by src/app/features.ts. */
export const delegationProposalSections: readonly ProposalSection[] = [
  { id: "delegation", order: 15, title: { namespace: "delegation", key: "proposalTab" }, Content: ProposalDelegation },
];
