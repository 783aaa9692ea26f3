/**
 * Notifications the operating system shows (docs/ARCHITECTURE.md "Notifications", NOTE4): a
 * browser through its `Notification` API, asked for on a click and never on load; the desktop
 * through its bridge (electron/README.md E12), which needs no asking.
 */

/** Whether this app may raise system notifications: "unsupported" where the page cannot at all. */
export type SystemPermission = "granted" | "denied" | "default" | "unsupported";

import type { SystemNotice } from "@chapterhouse/crdt/desktop";

export type { SystemNotice };

/** The platform's system notifications. */
export interface SystemNotifications {
  permission(): SystemPermission;
  /** Asks the member (a browser shows its prompt only on a click). Never rejects: a refusal is "denied". */
  request(): Promise<SystemPermission>;
  /** Raises `notice` if permitted (nothing otherwise); `onClick` when the member clicks it (a browser's; the desktop's click brings its window forward). */
  show(notice: SystemNotice, onClick: () => void): void;
}

/** The browser's `Notification` constructor and its static parts, as far as used. */
export interface NotificationApi {
  readonly permission: string;
  requestPermission(): Promise<string>;
  new (title: string, options: { readonly body: string; readonly tag: string }): { onclick: (() => void) | null };
}

/** The permission as this contract names it. */
function permissionOf(value: string): SystemPermission {
  return value === "granted" || value === "denied" ? value : "default";
}

/** A browser's system notifications over its `Notification` API (undefined where there is none, as on an insecure page). */
export function browserSystemNotifications(api: NotificationApi | undefined): SystemNotifications {
  return {
    permission: () => (api === undefined ? "unsupported" : permissionOf(api.permission)),
    async request() {
      if (api === undefined) return "unsupported";
      return permissionOf(await api.requestPermission().catch(() => "denied"));
    },
    show(notice, onClick) {
      if (api === undefined || api.permission !== "granted") return;
      const shown = new api(notice.title, { body: notice.body, tag: notice.tag });
      shown.onclick = onClick;
    },
  };
}
