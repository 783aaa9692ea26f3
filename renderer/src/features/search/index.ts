/**
 * search: over everything on this device the member can read (issue 12 item 8), each feature's
 * items from its registered source (shared/routing/search-sources.ts), indexed in the worker.
 * What other features and the composition root (src/app/) may use; everything else is private.
 */
export { searchPath } from "./paths.js";
export { searchRoutes } from "./routes.js";
export { SearchWorkerContext } from "./search-worker.js";
export { useSearchShortcut } from "./use-search-shortcut.js";
