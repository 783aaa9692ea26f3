/**
 * assemblies: a chapter's event held face to face (PROTOCOL.md AS) — the agenda and its current
 * item, attendance from members' own devices or by a chair, the presence and quorum panel, the
 * speakers list with its timer, and the projector view. What other features and the composition
 * root (src/app/) may use; everything else is private.
 */
export { AssembliesWorkerContext } from "./assemblies-worker.js";
export type { AssembliesWorker } from "./assembly-query.js";
export { EventAssemblies } from "./EventAssemblies.js";
export { assemblyPath, projectorPath } from "./paths.js";
export { assemblyRoutes } from "./routes.js";
