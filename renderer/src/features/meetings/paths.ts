import { routePath } from "../../shared/routing/route-path.js";

/** Hosting a meeting, meetings on this network, joining one. */
export const meetingsPath = routePath("/meetings");
