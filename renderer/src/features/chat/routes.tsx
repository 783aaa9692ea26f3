import { route } from "../../shared/routing/route.js";
import { roomPath } from "./paths.js";
import { RoomScreen } from "./RoomScreen.js";

/** The chat's screens, registered by src/app/features.ts. */
export const chatRoutes = [
  route(
    roomPath,
    ({ organisation, chapter, room }) => <RoomScreen key={`${organisation}/${chapter}/${room}`} organisation={organisation} chapter={chapter} room={room} />,
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
];
