import { defineService } from "../../shared/data/define-service.js";
import type { AidWorker } from "./aid-query.js";

const aidWorker = defineService<AidWorker>("useAidWorker");

/** Provides the worker's mutual-aid handlers (the app's composition root does). */
export const AidWorkerContext = aidWorker.Context;

/** The worker's mutual-aid handlers. @throws {Error} outside an `AidWorkerContext` provider. */
export const useAidWorker = aidWorker.use;
