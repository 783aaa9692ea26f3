import { routePath } from "../../shared/routing/route-path.js";

/** The organisation's mutual-aid board (PROTOCOL.md AID5). */
export const aidPath = routePath("/org/:organisation/aid");
/** One offer or request on the board (a marker on the board's map leads here). */
export const aidPostPath = routePath("/org/:organisation/aid/post/:post");
/** A member's own page of what they offered and asked. */
export const aidMemberPath = routePath("/org/:organisation/aid/member/:member");
