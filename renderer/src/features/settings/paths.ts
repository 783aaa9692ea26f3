import { routePath } from "../../shared/routing/route-path.js";

export const settingsPath = routePath("/settings");
