/**
 * votes: opening a vote, ballots, the live tally, closing, decisions and the decisions log,
 * vote bundles (export, and checking a file as `chapterhouse verify` does). What other features
 * and the composition root (src/app/) may use; everything else is private.
 */
export { OpenedVoteBundleContext, useOpenedVoteBundle, type OpenedVoteBundle } from "./bundle-check/opened-vote-bundle.js";
export type { DecisionEntry } from "./decision-entries.js";
export { downloadText, fileSlug } from "./download-text.js";
export { voteHomeItems } from "./home-items.js";
export { voteNotificationSources } from "./notification-sources.js";
export { checkBundlePath, decisionsPath } from "./paths.js";
export { voteRoutes } from "./routes.js";
export { voteChapterSections, voteProposalSections } from "./sections.js";
export { useDecisionEntries } from "./use-decision-entries.js";
export { VotesWorkerContext, type VotesWorkerService } from "./votes-worker.js";
export { useVoteCards } from "./use-vote-cards.js";
export type { VoteCard } from "./worker-handlers.js";
export { voteHref } from "./home-items.js";
export { assemblyVoteHref } from "./assembly-vote-href.js";
export { useProposalVotes } from "./use-proposal-votes.js";
export { VoteProgress } from "./VoteProgress.js";
export type { OpenVotes, VotesView } from "./open-votes.js";
