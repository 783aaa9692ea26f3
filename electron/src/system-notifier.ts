/**
 * System notifications from the main process (README.md E12): the page asks through the bridge
 * (`showNotification`, its notice checked by E5.8); the notifier shows it with the system's
 * notifications, replacing one of the same tag, and a click brings the window forward. Electron's
 * `Notification` is passed in, so this is tested under Node.
 */
import type { SystemNotice } from "@chapterhouse/crdt/desktop";

/** A shown notification, as far as used (Electron's `Notification`). */
export interface ShownNotification {
  on(event: "click" | "close", listener: () => void): void;
  show(): void;
  close(): void;
}

/** What the notifier needs of the system. */
export interface NotifierDeps {
  /** Whether the system shows notifications at all (Electron's `Notification.isSupported()`). */
  readonly isSupported: () => boolean;
  /** Makes a notification (Electron's `new Notification({ title, body, silent: false })`). */
  readonly create: (options: { readonly title: string; readonly body: string }) => ShownNotification;
  /** Brings the app's window forward (restored if minimised, focused). */
  readonly focusWindow: () => void;
}

/** Shows notices; `show` gives false where the system has no notifications. */
export interface SystemNotifier {
  show(notice: SystemNotice): boolean;
}

/**
 * A notifier over `deps`. Each shown notification is held until it closes: Electron forgets the
 * click handler of a notification nothing references any more.
 */
export function createSystemNotifier(deps: NotifierDeps): SystemNotifier {
  const shown = new Map<string, ShownNotification>();
  return {
    show(notice) {
      if (!deps.isSupported()) return false;
      shown.get(notice.tag)?.close();
      const notification = deps.create({ title: notice.title, body: notice.body });
      shown.set(notice.tag, notification);
      notification.on("click", deps.focusWindow);
      notification.on("close", () => {
        if (shown.get(notice.tag) === notification) shown.delete(notice.tag);
      });
      notification.show();
      return true;
    },
  };
}
