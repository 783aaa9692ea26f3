/**
 * currents: groups of members across chapters sharing a position (PROTOCOL.md CU) — the
 * organisation's currents, founding one, joining and leaving, and a current's page with its
 * statement, members and discussion (a room of the chat family, posts through the forum's
 * `PostItem`). What other features and the composition root (src/app/) may use.
 */
export { CurrentsWorkerContext } from "./currents-worker.js";
export type { CurrentsWorker } from "./currents-worker.js";
export { currentsRequest, rootOf } from "./currents-query.js";
export { currentPath, currentsPath } from "./paths.js";
export { currentRoutes } from "./routes.js";
export { currentSearchSources } from "./search-sources.js";
export { useCurrents } from "./use-currents.js";
export { currentChapterSections } from "./sections.js";
