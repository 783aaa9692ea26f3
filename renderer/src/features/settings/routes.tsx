import { route } from "../../shared/routing/route.js";
import { settingsPath } from "./paths.js";
import { SettingsScreen } from "./SettingsScreen.js";

/** The settings' screen, registered by src/app/features.ts. */
export const settingsRoutes = [route(settingsPath, () => <SettingsScreen />)];
