import { defineService } from "../../shared/data/define-service.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { delegationHandlers } from "./worker-handlers.js";

/** What the delegation screens ask the worker. */
export type DelegationWorker = Bound<typeof delegationHandlers>;

const delegationWorker = defineService<DelegationWorker>("useDelegationWorker");

/** Provides the worker's delegation handlers (the app's composition root does). */
export const DelegationWorkerContext = delegationWorker.Context;

/** The worker's delegation handlers. @throws {Error} outside a `DelegationWorkerContext` provider. */
export const useDelegationWorker = delegationWorker.use;
