/**
 * forums: a chapter's forum (PROTOCOL.md FO) — categories, topics whose posts are rooms of the
 * chat family (Markdown, quoting, links to proposals, a moderator's hide), drafts kept on the
 * device, watching and muting, and turning a topic into a proposal. What other features and the
 * composition root (src/app/) may use; everything else is private.
 */
export { ForumsWorkerContext } from "./forums-worker.js";
export type { ForumsWorker } from "./forums-worker.js";
export { forumNotificationSources } from "./notification-sources.js";
export { forumSearchSources } from "./search-sources.js";
export { focusComposer, PostComposer } from "./PostComposer.js";
export { postActions } from "./post-actions.js";
export { PostItem, type PostActions } from "./PostItem.js";
export { PostThread } from "./PostThread.js";
export { topicPath } from "./paths.js";
export { forumRoutes } from "./routes.js";
export { forumChapterSections, forumProposalSections } from "./sections.js";
