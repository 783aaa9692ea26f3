import { route } from "../../shared/routing/route.js";
import { MapScreen } from "./MapScreen.js";
import { mapPath } from "./paths.js";

/** The map's screen, registered by src/app/features.ts. */
export const mapRoutes = [route(mapPath, ({ organisation }) => <MapScreen key={organisation} organisation={organisation} />, ({ organisation }) => ({ organisation }))];
