import { route } from "../../shared/routing/route.js";
import { searchPath } from "./paths.js";
import { SearchScreen } from "./SearchScreen.js";

/** The search's screen, registered by src/app/features.ts. */
export const searchRoutes = [route(searchPath, () => <SearchScreen />)];
