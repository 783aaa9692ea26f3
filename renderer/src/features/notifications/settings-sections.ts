import type { SettingsSection } from "../../shared/routing/settings-sections.js";
import { NotificationSettingsSection } from "./NotificationSettingsSection.js";

/** The notifications' section of the settings screen, registered by src/app/features.ts. */
export const notificationSettingsSections: readonly SettingsSection[] = [{ id: "notifications", order: 10, Content: NotificationSettingsSection }];
