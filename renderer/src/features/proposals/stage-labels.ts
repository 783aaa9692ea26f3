import type { ProposalStage } from "@chapterhouse/crdt/proposals";

/** Each stage's name (PROTOCOL.md P7). */
export const STAGE_LABEL: Readonly<Record<ProposalStage, string>> = Object.freeze({
  draft: "Draft",
  deliberation: "Deliberation",
  voting: "Voting",
  closed: "Closed",
  recorded: "Recorded",
});

/** What each stage means for a member, in one sentence. */
export const STAGE_MEANING: Readonly<Record<ProposalStage, string>> = Object.freeze({
  draft: "Members are writing the text together; nothing is signed yet.",
  deliberation: "A version is signed: members comment and propose amendments before a vote.",
  voting: "A vote is open on a signed version.",
  closed: "The vote is closed and its result sealed; it becomes final at its finality time.",
  recorded: "The decision is final and in the chapter's decisions log.",
});
