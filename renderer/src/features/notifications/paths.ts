import { routePath } from "../../shared/routing/route-path.js";

export const notificationsPath = routePath("/notifications");
