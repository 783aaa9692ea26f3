import { liveQuery } from "dexie";
import type { ConnectionSettings, ConnectionSettingsSnapshot, RelayEntry } from "./connection-settings.js";
import type { LocalDb } from "./local-db.js";
import type { RelayUrl } from "./relay-url.js";

const WORK_OFFLINE = "workOffline";

/**
 * Connection settings kept in the device-local database. Dexie's live query re-reads them
 * whenever they change, in this tab or another tab of the same profile, so every tab follows
 * one work-offline switch and one relay list.
 */
export function createDexieConnectionSettings(
  db: LocalDb,
  onError: (error: unknown) => void,
): ConnectionSettings {
  let snapshot: ConnectionSettingsSnapshot | undefined;
  const listeners = new Set<(snapshot: ConnectionSettingsSnapshot) => void>();
  const subscription = liveQuery(async (): Promise<ConnectionSettingsSnapshot> => {
    const [rows, workOffline] = await Promise.all([
      db.relays.orderBy("addedAt").toArray(),
      db.settings.get(WORK_OFFLINE),
    ]);
    const relays = rows.map((row): RelayEntry => ({
      url: row.url as RelayUrl,
      kind: row.kind,
      addedAt: row.addedAt,
    }));
    return { relays, workOffline: workOffline?.value === true };
  }).subscribe({
    next(next) {
      snapshot = next;
      for (const listener of [...listeners]) listener(next);
    },
    error: onError,
  });
  return {
    current: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async putRelay(entry: RelayEntry) {
      await db.transaction("rw", db.relays, async () => {
        const existing = await db.relays.get(entry.url);
        await db.relays.put({
          url: entry.url,
          kind: entry.kind,
          addedAt: existing?.addedAt ?? entry.addedAt,
        });
      });
    },
    async deleteRelay(url: RelayUrl) {
      await db.relays.delete(url);
    },
    async setWorkOffline(on: boolean) {
      await db.settings.put({ key: WORK_OFFLINE, value: on });
    },
    close() {
      subscription.unsubscribe();
      listeners.clear();
    },
  };
}
