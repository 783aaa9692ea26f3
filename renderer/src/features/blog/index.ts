/**
 * blog: a chapter's posts and lessons (PROTOCOL.md BL) — posts whose text and comments are rooms of
 * the chat family, lessons citing the decisions they came from with their dissents, shared to other
 * chapters and adopted by a proposal that links back. What other features and the composition root
 * (src/app/) may use; everything else is private.
 */
export { BlogWorkerContext } from "./blog-worker.js";
export type { BlogWorker } from "./blog-worker.js";
export { postPath } from "./paths.js";
export { blogSearchSources } from "./search-sources.js";
export { blogRoutes } from "./routes.js";
export { blogChapterSections, blogProposalSections } from "./sections.js";
export { useBlog } from "./use-blog.js";
export type { BlogAnswer } from "./worker-handlers.js";
