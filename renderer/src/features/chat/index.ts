/**
 * chat: a chapter's rooms (PROTOCOL.md CH) — its general room and the rooms its members create,
 * messages, threads, reactions, pins, the moderator's hide, presence and typing. What other
 * features and the composition root (src/app/) may use; everything else is private.
 */
export { ChatWorkerContext } from "./chat-worker.js";
export { chatNotificationSources } from "./notification-sources.js";
export type { ChatWorker } from "./rooms-query.js";
export { roomPath } from "./paths.js";
export { chatRoutes } from "./routes.js";
export { chatChapterSections } from "./sections.js";
export { FoldedFloods } from "./FoldedFloods.js";
