import { route } from "../../shared/routing/route.js";
import { NotificationsScreen } from "./NotificationsScreen.js";
import { notificationsPath } from "./paths.js";

/** The notifications' screen, registered by src/app/features.ts. */
export const notificationRoutes = [route(notificationsPath, () => <NotificationsScreen />)];
