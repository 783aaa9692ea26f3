/**
 * delegation: whom a member chooses to vote for them in a chapter and the chapters below when they
 * do not vote, changing and revoking that choice, and who chose them (PROTOCOL.md DG). What other
 * features and the composition root may use.
 */
export { delegationChapterSections, delegationProposalSections } from "./sections.js";
export { DelegationWorkerContext } from "./delegation-worker.js";
