/**
 * sync-files: sync by file (export an organisation's documents to one bundle, import one). What
 * the composition root (src/app/) uses; everything else is private.
 */
export { syncFilesPath } from "./paths.js";
export { syncFilesRoutes } from "./routes.js";
export { SyncFileMenuCommands } from "./SyncFileMenuCommands.js";
