import { routePath } from "../../shared/routing/route-path.js";

/** The organisation's mutual-aid board (PROTOCOL.md AID5). */
export const aidPath = routePath("/org/:organisation/aid");
