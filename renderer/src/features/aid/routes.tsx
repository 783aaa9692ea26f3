import { route } from "../../shared/routing/route.js";
import { AidScreen } from "./AidScreen.js";
import { aidPath } from "./paths.js";

/** The mutual-aid board, registered by src/app/features.ts. */
export const aidRoutes = [route(aidPath, ({ organisation }) => <AidScreen key={organisation} organisation={organisation} />, ({ organisation }) => ({ organisation }))];
