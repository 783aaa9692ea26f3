import { route } from "../../shared/routing/route.js";
import { syncFilesPath } from "./paths.js";
import { SyncFilesScreen } from "./SyncFilesScreen.js";

/** Sync by file's screen, registered by src/app/features.ts. */
export const syncFilesRoutes = [
  route(syncFilesPath, ({ action, organisation }) => <SyncFilesScreen action={action} organisation={organisation} />),
];
