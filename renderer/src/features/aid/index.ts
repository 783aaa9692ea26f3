/**
 * aid: the organisation's mutual-aid board (PROTOCOL.md AID) — offers and requests with filters,
 * replies by private message, "met" with a thank-you, a member's own posts. What other features
 * and the composition root may use; everything else is private.
 */
export { AidWorkerContext } from "./aid-worker.js";
export type { AidWorker } from "./aid-query.js";
export { aidMemberActions } from "./member-actions.js";
export { aidPath } from "./paths.js";
export { aidRoutes } from "./routes.js";
export { aidChapterSections } from "./sections.js";
