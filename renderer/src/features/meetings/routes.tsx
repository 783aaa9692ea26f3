import { route } from "../../shared/routing/route.js";
import { MeetingsScreen } from "./MeetingsScreen.js";
import { meetingsPath } from "./paths.js";

/** The meetings' screen, registered by src/app/features.ts. */
export const meetingRoutes = [route(meetingsPath, () => <MeetingsScreen />)];
