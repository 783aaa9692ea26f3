import { ALWAYS_ON, NOTIFICATION_KINDS, type NotificationKind } from "../../shared/routing/notification-sources.js";

/** A member's choices on this device (NOTE3): the kinds turned off, and whether the system may show notifications. */
export interface NotificationSettings {
  readonly off: ReadonlySet<NotificationKind>;
  readonly system: boolean;
}

/** Every kind on, no system notifications: the settings before any choice. */
export const DEFAULT_SETTINGS: NotificationSettings = Object.freeze({ off: new Set<NotificationKind>(), system: false });

/** Whether the member sees notifications of `kind` (NOTE3: mentions and direct messages always). Never throws. */
export function isShown(kind: NotificationKind, settings: NotificationSettings): boolean {
  return ALWAYS_ON.has(kind) || !settings.off.has(kind);
}

/**
 * The settings a stored value holds: `{ off: kind[], system: boolean }`. Whatever else was
 * stored (an older or damaged value) gives the defaults; an unknown or always-on kind in `off` is
 * left out. Never throws.
 */
export function parseSettings(value: unknown): NotificationSettings {
  if (typeof value !== "object" || value === null) return DEFAULT_SETTINGS;
  const { off, system } = value as { readonly off?: unknown; readonly system?: unknown };
  if (!Array.isArray(off) || typeof system !== "boolean") return DEFAULT_SETTINGS;
  const kinds = NOTIFICATION_KINDS.filter((kind) => off.includes(kind) && !ALWAYS_ON.has(kind));
  return { off: new Set(kinds), system };
}

/** The stored form of `settings` (what `parseSettings` reads back). */
export function storedSettings(settings: NotificationSettings): { readonly off: NotificationKind[]; readonly system: boolean } {
  return { off: NOTIFICATION_KINDS.filter((kind) => settings.off.has(kind)), system: settings.system };
}
