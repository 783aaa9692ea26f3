import { defineService } from "../../shared/data/define-service.js";
import type { ResourcesWorker } from "./resources-query.js";

const resourcesWorker = defineService<ResourcesWorker>("useResourcesWorker");

/** Provides the worker's resources handlers (the app's composition root does). */
export const ResourcesWorkerContext = resourcesWorker.Context;

/** The worker's resources handlers. @throws {Error} outside a `ResourcesWorkerContext` provider. */
export const useResourcesWorker = resourcesWorker.use;
