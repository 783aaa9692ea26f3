import { defineService } from "../../shared/data/define-service.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { currentHandlers } from "./worker-handlers.js";

/** What currents ask the worker. */
export type CurrentsWorker = Pick<Bound<typeof currentHandlers>, "readCurrents" | "currentsForSearch" | "readCurrent">;

const currentsWorker = defineService<CurrentsWorker>("useCurrentsWorker");

/** Provides the worker's currents handlers (the app's composition root does). */
export const CurrentsWorkerContext = currentsWorker.Context;

/** The worker's currents handlers. @throws {Error} outside a `CurrentsWorkerContext` provider. */
export const useCurrentsWorker = currentsWorker.use;
