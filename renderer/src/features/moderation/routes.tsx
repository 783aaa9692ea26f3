import { route } from "../../shared/routing/route.js";
import { ModerationLogScreen } from "./ModerationLogScreen.js";
import { moderationLogPath } from "./paths.js";

/** The moderation log's screen, registered by src/app/features.ts. */
export const moderationRoutes = [
  route(
    moderationLogPath,
    ({ organisation, chapter }) => <ModerationLogScreen key={`${organisation}/${chapter}`} organisation={organisation} chapter={chapter} />,
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
];
