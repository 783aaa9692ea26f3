/**
 * notifications: the bell and the list of what happened in the member's chapters, computed on this
 * device from every source features register (shared/routing/notification-sources.ts), read state
 * and settings kept on this device. What the composition root (src/app/) may use; everything else is private.
 */
export { NotificationBell } from "./NotificationBell.js";
export { dexieDeviceStore, NotificationState, NotificationStateContext } from "./notification-state.js";
export { notificationsPath } from "./paths.js";
export { notificationRoutes } from "./routes.js";
export { notificationSettingsSections } from "./settings-sections.js";
