import type { SyncStatus } from "../../shared/data/sync-status.js";

/** Which words (keys of the `app` catalogue's `sync` part) say where this device stands. */
export function syncWords(status: SyncStatus): { readonly title: "online" | "meeting" | "offline"; readonly detail: "online" | "meeting" | "workingOffline" | "noServer" | "unreachable" } {
  switch (status.mode) {
    case "online":
      return { title: "online", detail: "online" };
    case "meeting":
      return { title: "meeting", detail: "meeting" };
    case "offline":
      if (status.workOffline) return { title: "offline", detail: "workingOffline" };
      return { title: "offline", detail: status.relaysAdded === 0 ? "noServer" : "unreachable" };
  }
}
