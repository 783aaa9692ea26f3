/**
 * proposals: proposals and deliberation (the collaborative draft, signed versions, comments,
 * amendments). What other features and the composition root (src/app/) may use; everything
 * else is private.
 */
export { proposalHomeItems } from "./home-items.js";
export { NewProposalScreen, type ProposalOrigin } from "./NewProposalScreen.js";
export { proposalNotificationSources } from "./notification-sources.js";
export { newProposalPath, PROPOSALS_SECTION, proposalPath, proposalViewPath } from "./paths.js";
export { ProposalsWorkerContext } from "./proposals-worker.js";
export type { ProposalsWorker } from "./proposals-query.js";
export { proposalRoutes } from "./routes.js";
export { proposalChapterSections } from "./sections.js";
export { useProposalSession } from "./use-proposal-session.js";
export { proposalSearchSources } from "./search-sources.js";
