import { defineService } from "../../shared/data/define-service.js";
import type { AssembliesWorker } from "./assembly-query.js";

const assembliesWorker = defineService<AssembliesWorker>("useAssembliesWorker");

/** Provides the worker's assemblies handlers (the app's composition root does). */
export const AssembliesWorkerContext = assembliesWorker.Context;

/** The worker's assemblies handlers. @throws {Error} outside an `AssembliesWorkerContext` provider. */
export const useAssembliesWorker = assembliesWorker.use;
