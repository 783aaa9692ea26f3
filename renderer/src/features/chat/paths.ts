import { routePath } from "../../shared/routing/route-path.js";

/** `room` is the room's id (its `thread` record's id, or the general room's derived id, PROTOCOL.md CH2.4). */
export const roomPath = routePath("/org/:organisation/chapter/:chapter/room/:room");
