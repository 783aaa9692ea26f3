/**
 * chat: a chapter's rooms (PROTOCOL.md CH) — its general room and the rooms its members create,
 * messages, threads, reactions, pins, the moderator's hide, presence and typing. What other
 * features and the composition root (src/app/) may use (the forum's topics are rooms too, PROTOCOL.md
 * FO5: it pages, writes and hides through these); everything else is private.
 */
export { ChatWorkerContext } from "./chat-worker.js";
export { deleteMessage, editMessage, hide, report, sendMessage, type RoomContext } from "./chat-actions.js";
export { HideDialog } from "./HideDialog.js";
export { LinkCards } from "./LinkCards.js";
export { followModerationLog, followNewestPages, type HeldPage, type PagedAnswer } from "./newest-pages.js";
export type { RoomsValue } from "./rooms-query.js";
export type { RoomAnswer } from "../../shared/worker/room-answer.js";
export { useChatProblem } from "./use-chat-problem.js";
export { chatNotificationSources } from "./notification-sources.js";
export { chatSearchSources } from "./search-sources.js";
export type { ChatWorker } from "./rooms-query.js";
export { roomPath } from "./paths.js";
export { chatRoutes } from "./routes.js";
export { chatChapterSections } from "./sections.js";
export { FoldedFloods } from "./FoldedFloods.js";
