import { defineService } from "../../shared/data/define-service.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { forumHandlers } from "./worker-handlers.js";

/** What the forum asks the worker. */
export type ForumsWorker = Pick<
  Bound<typeof forumHandlers>,
  "readForum" | "forumForCalls" | "readTopic" | "topicPosts"
>;

const forumsWorker = defineService<ForumsWorker>("useForumsWorker");

/** Provides the worker's forum handlers (the app's composition root does). */
export const ForumsWorkerContext = forumsWorker.Context;

/** The worker's forum handlers. @throws {Error} outside a `ForumsWorkerContext` provider. */
export const useForumsWorker = forumsWorker.use;
