import { route } from "../../shared/routing/route.js";
import { EventScreen } from "./EventScreen.js";
import { eventPath } from "./paths.js";

/** The events' screens, registered by src/app/features.ts. */
export const eventRoutes = [
  route(
    eventPath,
    ({ organisation, chapter, event }) => (
      <EventScreen
        key={`${organisation}/${chapter}/${event}`}
        organisation={organisation}
        chapter={chapter}
        event={event}
      />
    ),
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
];
