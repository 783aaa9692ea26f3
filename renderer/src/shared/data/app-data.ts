import type { Repo } from "@automerge/automerge-repo";
import { IndexedDBStorageAdapter } from "@automerge/automerge-repo-storage-indexeddb";
import type { RecordStore } from "@chapterhouse/crdt/chokepoint";
import { createVerifier, type Verifier } from "@chapterhouse/crdt/verify";
import type { Platform } from "../platform/platform.js";
import { createRepo } from "./create-repo.js";
import { createDexieRecordStore } from "../documents/dexie-record-store.js";
import { createDexieConnectionSettings } from "./dexie-connection-settings.js";
import { DocumentAnnouncements } from "../documents/document-announcements.js";
import { localDbName, openLocalDb, type LocalDb } from "./local-db.js";
import { PeerDirectory } from "./peer-directory.js";
import { RelayManager } from "./relay-manager.js";
import { createDexieSharedHeadsStore } from "./shared-heads-store.js";
import { UnsharedChanges } from "./unshared-changes.js";

/**
 * The device's services every feature may use: storage, documents and their sync, relays, the
 * record store, the verifier. One instance per page. What needs the verification worker (the
 * document layer) and what features add on top (the identity) is made by the app's composition
 * root (src/app/open-app-services.ts).
 */
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
  /** The append-only store of verified records (PROTOCOL.md D8). */
  readonly store: RecordStore;
  /** The signature verifier, chosen once (WebCrypto where the page has it, else tweetnacl). */
  readonly verifier: Promise<Verifier>;
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
  const db = openLocalDb(localDbName(ns));
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
  const store = createDexieRecordStore(db);
  const verifier = createVerifier();
  return {
    platform,
    db,
    repo,
    relays,
    announcements,
    unshared,
    store,
    verifier,
    async close() {
      relays.stop();
      unshared.stop();
      settings.close();
      await repo.shutdown();
      db.close();
    },
  };
}
