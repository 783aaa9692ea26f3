import { route } from "../../shared/routing/route.js";
import { CheckBundleScreen } from "./bundle-check/CheckBundleScreen.js";
import { DecisionsScreen } from "./DecisionsScreen.js";
import { checkBundlePath, decisionsPath } from "./paths.js";

/** The votes' screens, registered by src/app/features.ts. */
export const voteRoutes = [
  route(
    decisionsPath,
    ({ organisation, chapter }) => <DecisionsScreen key={`${organisation}/${chapter}`} organisation={organisation} chapter={chapter} />,
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
  route(checkBundlePath, () => <CheckBundleScreen />),
];
