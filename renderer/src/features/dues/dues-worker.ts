import { defineService } from "../../shared/data/define-service.js";
import type { DuesWorker } from "./dues-query.js";

const duesWorker = defineService<DuesWorker>("useDuesWorker");

/** Provides the worker's dues handlers (the app's composition root does). */
export const DuesWorkerContext = duesWorker.Context;

/** The worker's dues handlers. @throws {Error} outside a `DuesWorkerContext` provider. */
export const useDuesWorker = duesWorker.use;
