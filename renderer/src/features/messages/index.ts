/**
 * messages: private conversations between members (PROTOCOL.md PVC) — the member's conversations,
 * one conversation, and the service that reads and writes them. What other features and the
 * composition root (src/app/) may use; everything else is private.
 */
export type { ConversationView } from "./conversation-view.js";
export { MessagesWorkerContext } from "./messages-worker.js";
export { conversationPath, messagesPath } from "./paths.js";
export { messageMemberActions } from "./member-actions.js";
export { messageRoutes } from "./routes.js";
export { unreadMessages } from "./unread-messages.js";
export { PrivateThreadPage, type PrivateThreadPlace } from "./ConversationScreen.js";
export { useMessages } from "./use-messages.js";
export { messageNotificationSources } from "./notification-sources.js";
export { messageSearchSources } from "./search-sources.js";
