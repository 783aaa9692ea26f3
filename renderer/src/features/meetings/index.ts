/**
 * meetings: hosting a meeting on the desktop, meetings found on the network, joining one. What
 * the composition root (src/app/) uses; everything else is private.
 */
export { MeetingSharing } from "./MeetingSharing.js";
export { meetingsPath } from "./paths.js";
export { meetingRoutes } from "./routes.js";
