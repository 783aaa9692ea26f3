/**
 * projects: a chapter's ongoing efforts (PROTOCOL.md PJ) — members taking part, tasks with who does
 * them, due days and status as a list or a board, linked decisions, progress on the chapter's
 * overview. What other features and the composition root (src/app/) may use; everything else is private.
 */
export { ProjectsWorkerContext } from "./projects-worker.js";
export type { ProjectsWorker } from "./projects-query.js";
export { projectPath } from "./paths.js";
export { projectRoutes } from "./routes.js";
export { projectSearchSources } from "./search-sources.js";
export { projectChapterSections } from "./sections.js";
