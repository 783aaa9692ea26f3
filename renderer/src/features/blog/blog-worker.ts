import { defineService } from "../../shared/data/define-service.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { blogHandlers } from "./worker-handlers.js";

/** What the blog asks the worker. */
export type BlogWorker = Pick<Bound<typeof blogHandlers>, "readBlog" | "blogForSearch" | "readPost" | "postWords">;

const blogWorker = defineService<BlogWorker>("useBlogWorker");

/** Provides the worker's blog handlers (the app's composition root does). */
export const BlogWorkerContext = blogWorker.Context;

/** The worker's blog handlers. @throws {Error} outside a `BlogWorkerContext` provider. */
export const useBlogWorker = blogWorker.use;
