import { route } from "../../shared/routing/route.js";
import { homePath } from "../organisation/index.js";
import { HomeScreen } from "./HomeScreen.js";

/** The home's screen, registered by src/app/features.ts. */
export const homeRoutes = [route(homePath, () => <HomeScreen />)];
