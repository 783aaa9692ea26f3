import type { ConnectionSettings, ConnectionSettingsSnapshot, RelayEntry } from "./connection-settings.js";
import type { RelayUrl } from "./relay-url.js";

/**
 * Connection settings held in memory: for tests and for a page that cannot open IndexedDB.
 * Each call returns an independent instance.
 */
export function createMemoryConnectionSettings(
  initial?: Partial<ConnectionSettingsSnapshot>,
): ConnectionSettings {
  let snapshot: ConnectionSettingsSnapshot = {
    relays: initial?.relays ?? [],
    workOffline: initial?.workOffline ?? false,
  };
  const listeners = new Set<(snapshot: ConnectionSettingsSnapshot) => void>();
  let closed = false;
  const update = (next: ConnectionSettingsSnapshot): Promise<void> => {
    snapshot = next;
    if (!closed) for (const listener of [...listeners]) listener(snapshot);
    return Promise.resolve();
  };
  return {
    current: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    putRelay(entry: RelayEntry) {
      const others = snapshot.relays.filter((r) => r.url !== entry.url);
      const existing = snapshot.relays.find((r) => r.url === entry.url);
      const relays = existing
        ? snapshot.relays.map((r) => (r.url === entry.url ? { ...entry, addedAt: r.addedAt } : r))
        : [...others, entry];
      return update({ ...snapshot, relays });
    },
    deleteRelay(url: RelayUrl) {
      return update({ ...snapshot, relays: snapshot.relays.filter((r) => r.url !== url) });
    },
    setWorkOffline(on: boolean) {
      return update({ ...snapshot, workOffline: on });
    },
    close() {
      closed = true;
      listeners.clear();
    },
  };
}
