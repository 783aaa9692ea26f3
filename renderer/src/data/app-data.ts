import type { Repo } from "@automerge/automerge-repo";
import { IndexedDBStorageAdapter } from "@automerge/automerge-repo-storage-indexeddb";
import type { Platform } from "../platform/platform.js";
import { createRepo } from "./create-repo.js";
import { createDexieConnectionSettings } from "./dexie-connection-settings.js";
import { DocumentAnnouncements } from "./document-announcements.js";
import { openLocalDb, type LocalDb } from "./local-db.js";
import { PeerDirectory } from "./peer-directory.js";
import { RelayManager } from "./relay-manager.js";
import { createDexieSharedHeadsStore } from "./shared-heads-store.js";
import { UnsharedChanges } from "./unshared-changes.js";

/** Everything on the device the screens work with. One instance per page. */
export interface AppData {
  readonly platform: Platform;
  /** Device-local data, never synced. */
  readonly db: LocalDb;
  /** The documents and their sync. */
  readonly repo: Repo;
  readonly relays: RelayManager;
  /** Which documents are announced to which relay; the organisation screens feed it. */
  readonly announcements: DocumentAnnouncements;
  readonly unshared: UnsharedChanges;
  /** Closes connections and databases (tests, page unload). */
  close(): Promise<void>;
}

/**
 * Opens the device's data: the Dexie database, the Repo over IndexedDB with tab sync, and the
 * relay connections the settings ask for.
 * @param onError where background failures (storage, settings queries) are reported.
 */
export function openAppData(platform: Platform, onError: (error: unknown) => void): AppData {
  const ns = platform.storageNamespace;
  const db = openLocalDb(`${ns}-local`);
  const directory = new PeerDirectory();
  const announcements = new DocumentAnnouncements();
  const repo = createRepo({
    storage: new IndexedDBStorageAdapter(`${ns}-documents`),
    tabChannel: `${ns}-tabs`,
    directory,
    announcements,
  });
  const settings = createDexieConnectionSettings(db, onError);
  const relays = new RelayManager({
    repo,
    settings,
    directory,
    pageProtocol: platform.pageProtocol,
    now: () => platform.now(),
  });
  relays.start();
  const unshared = new UnsharedChanges(repo, directory, createDexieSharedHeadsStore(db), onError);
  return {
    platform,
    db,
    repo,
    relays,
    announcements,
    unshared,
    async close() {
      relays.stop();
      unshared.stop();
      settings.close();
      await repo.shutdown();
      db.close();
    },
  };
}
