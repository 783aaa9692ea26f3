import { routePath } from "../../shared/routing/route-path.js";

/** Search over everything on this device. */
export const searchPath = routePath("/search");
