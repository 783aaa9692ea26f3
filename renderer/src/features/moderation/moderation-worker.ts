import { defineService } from "../../shared/data/define-service.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { moderationHandlers } from "./worker-handlers.js";

/** What the moderation log asks the worker. */
export type ModerationWorker = Pick<Bound<typeof moderationHandlers>, "readModerationLog">;

const moderationWorker = defineService<ModerationWorker>("useModerationWorker");

/** Provides the worker's moderation handlers (the app's composition root does). */
export const ModerationWorkerContext = moderationWorker.Context;

/** The worker's moderation handlers. @throws {Error} outside a `ModerationWorkerContext` provider. */
export const useModerationWorker = moderationWorker.use;
