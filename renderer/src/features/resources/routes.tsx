import { route } from "../../shared/routing/route.js";
import { resourcePath } from "./paths.js";
import { ResourceScreen } from "./ResourceScreen.js";

/** The library's screens, registered by src/app/features.ts. */
export const resourceRoutes = [
  route(resourcePath, ({ organisation, chapter, resource }) => <ResourceScreen key={`${organisation}/${chapter}/${resource}`} organisation={organisation} chapter={chapter} resource={resource} />, ({ organisation, chapter }) => ({ organisation, chapter })),
];
