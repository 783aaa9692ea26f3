import { defineService } from "../../shared/data/define-service.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { searchHandlers } from "./worker-handlers.js";

/** What the search feature asks the worker. */
export type SearchWorker = Bound<typeof searchHandlers>;

const searchWorker = defineService<SearchWorker>("useSearchWorker");

/** Provides the worker's search handlers (the app's composition root does). */
export const SearchWorkerContext = searchWorker.Context;

/** The worker's search handlers. @throws {Error} outside a `SearchWorkerContext` provider. */
export const useSearchWorker = searchWorker.use;
