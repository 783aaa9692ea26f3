/**
 * moderation: a chapter's moderation log (PROTOCOL.md MOD) — every hide and report of its rooms,
 * forum topics, blog posts and lessons (and, for the root, its currents' discussions), for every
 * member to read. Reporting and hiding are the rooms' own actions (chat,
 * CH8, CH13). What other features and the composition root (src/app/) may use.
 */
export { ModerationWorkerContext } from "./moderation-worker.js";
export type { ModerationWorker } from "./moderation-worker.js";
export { moderationLogPath } from "./paths.js";
export { moderationRoutes } from "./routes.js";
export { moderationChapterSections } from "./sections.js";
