import { route } from "../../shared/routing/route.js";
import { CurrentScreen } from "./CurrentScreen.js";
import { CurrentsScreen } from "./CurrentsScreen.js";
import { currentPath, currentsPath } from "./paths.js";

/** The currents' screens, registered by src/app/features.ts. */
export const currentRoutes = [
  route(currentsPath, ({ organisation }) => <CurrentsScreen key={organisation} organisation={organisation} />, ({ organisation }) => ({ organisation })),
  route(currentPath, ({ organisation, current }) => <CurrentScreen key={`${organisation}/${current}`} organisation={organisation} current={current} />, ({ organisation }) => ({ organisation })),
];
