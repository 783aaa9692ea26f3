import { routePath } from "../../shared/routing/route-path.js";

/** The map of an organisation's chapters and events. */
export const mapPath = routePath("/org/:organisation/map");
