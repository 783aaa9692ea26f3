import { defineService } from "../../shared/data/define-service.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { dissentHandlers } from "./worker-handlers.js";

/** What dissent asks the worker. */
export type DissentWorker = Pick<Bound<typeof dissentHandlers>, "readDissents" | "linkedDissents">;

const dissentWorker = defineService<DissentWorker>("useDissentWorker");

/** Provides the worker's dissent handlers (the app's composition root does). */
export const DissentWorkerContext = dissentWorker.Context;

/** The worker's dissent handlers. @throws {Error} outside a `DissentWorkerContext` provider. */
export const useDissentWorker = dissentWorker.use;
