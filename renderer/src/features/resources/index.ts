/**
 * resources: a chapter's library (PROTOCOL.md RS) — documents and links with folders and tags,
 * small files in Attachment documents of their own, checked by their signed hash, previewed as
 * their type (images, text, a PDF's first page). What other features and the composition root
 * (src/app/) may use; everything else is private.
 */
export { ResourcesWorkerContext } from "./resources-worker.js";
export type { ResourcesWorker } from "./resources-query.js";
export { resourcePath } from "./paths.js";
export { resourceRoutes } from "./routes.js";
export { resourceSearchSources } from "./search-sources.js";
export { resourceChapterSections } from "./sections.js";
