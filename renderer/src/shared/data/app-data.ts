import type { Repo } from "@automerge/automerge-repo";
import { IndexedDBStorageAdapter } from "@automerge/automerge-repo-storage-indexeddb";
import { createVerifier, type RecordStore, type Verifier } from "@chapterhouse/crdt";
import type { OpenedVoteBundle } from "../../features/votes/bundle-check/opened-vote-bundle.js";
import { IdentityManager } from "../../features/identity/identity-manager.js";
import { MemberSpace } from "../../features/organisation/member-space.js";
import type { Platform } from "../platform/platform.js";
import { createOrganisationReader } from "../../app/worker/create-organisation-reader.js";
import type { OrganisationReader } from "../../app/worker/organisation-reader.js";
import { createRepo } from "./create-repo.js";
import { createDexieRecordStore } from "../documents/dexie-record-store.js";
import { createDexieConnectionSettings } from "./dexie-connection-settings.js";
import { DocumentAnnouncements } from "../documents/document-announcements.js";
import { localDbName, openLocalDb, type LocalDb } from "./local-db.js";
import { ObservableValue } from "./observable-value.js";
import { PeerDirectory } from "./peer-directory.js";
import { RelayManager } from "./relay-manager.js";
import { createDexieSharedHeadsStore } from "./shared-heads-store.js";
import { SnapshotCache } from "../documents/snapshot-cache.js";
import { UnsharedChanges } from "./unshared-changes.js";
import { createVerifiedIdSet } from "../worker/verified-id-set.js";

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
  /** The append-only store of verified records (PROTOCOL.md D8). */
  readonly store: RecordStore;
  /** The signature verifier, chosen once (WebCrypto where the page has it, else tweetnacl). */
  readonly verifier: Promise<Verifier>;
  /** Reads organisations (signatures, membership fold) in the verification worker, or the page as a fallback. */
  readonly reader: OrganisationReader;
  /** Snapshots of the documents the screens read, kept while their heads are unchanged. */
  readonly snapshots: SnapshotCache;
  /** The member's identity and, while unlocked, their space. */
  readonly identity: IdentityManager;
  /** The vote bundle file last opened (import, file picker, drop), which the check page shows. */
  readonly openedVoteBundle: ObservableValue<OpenedVoteBundle | undefined>;
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
  const verified = createVerifiedIdSet();
  const reader = createOrganisationReader({ storageNamespace: ns, db, verifier, now: () => platform.now() });
  const identity = new IdentityManager(
    platform.vault,
    async (member) =>
      new MemberSpace(member, {
        repo,
        verifier: await verifier,
        verified,
        reader,
        store,
        announcements,
        relays,
        vault: platform.vault,
        pageProtocol: platform.pageProtocol,
        now: () => platform.now(),
        randomBytes: (length) => platform.randomBytes(length),
        onError,
      }),
    onError,
  );
  identity.refresh().catch(onError);
  return {
    platform,
    db,
    repo,
    relays,
    announcements,
    unshared,
    store,
    verifier,
    reader,
    snapshots: new SnapshotCache(),
    identity,
    openedVoteBundle: new ObservableValue<OpenedVoteBundle | undefined>(undefined),
    async close() {
      identity.close();
      reader.close();
      relays.stop();
      unshared.stop();
      settings.close();
      await repo.shutdown();
      db.close();
    },
  };
}
