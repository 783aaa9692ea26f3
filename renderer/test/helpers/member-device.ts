/**
 * One member's device in this process for data-layer tests: a Repo without storage, its relay
 * manager (real WebSockets), a memory record store, a memory key vault sealed with the weakest
 * scrypt parameters, and the identity manager the app uses. Named after its member (alice, bob).
 */
import { MIN_VAULT_PARAMS, createMemoryRecordStore, createVerifier, type RecordStore } from "@chapterhouse/crdt";
import { createRepo } from "../../src/shared/data/create-repo.js";
import { DocumentAnnouncements } from "../../src/shared/documents/document-announcements.js";
import { createMemoryConnectionSettings } from "../../src/shared/data/memory-connection-settings.js";
import { PeerDirectory } from "../../src/shared/data/peer-directory.js";
import { RelayManager } from "../../src/shared/data/relay-manager.js";
import { createVerifiedIdSet } from "../../src/shared/worker/verified-id-set.js";
import { createMemoryVerifiedIdStore } from "../../src/shared/worker/dexie-verified-id-store.js";
import { createInlineOrganisationReader } from "../../src/app/worker/inline-organisation-reader.js";
import { PersistentVerifiedIds } from "../../src/shared/worker/persistent-verified-ids.js";
import { IdentityManager } from "../../src/features/identity/identity-manager.js";
import { MemberSpace } from "../../src/features/organisation/member-space.js";
import { createBrowserKeyVault } from "../../src/shared/platform/browser-key-vault.js";
import { createMemoryVaultStorage } from "../../src/shared/platform/vault-storage.js";
import { randomBytes } from "node:crypto";

/** A device and what a test observes of it. */
export interface MemberDevice {
  readonly name: string;
  readonly identity: IdentityManager;
  readonly relays: RelayManager;
  readonly announcements: DocumentAnnouncements;
  /** The device's append-only record store (D8). */
  readonly store: RecordStore;
  readonly errors: unknown[];
  /** The unlocked member's space. @throws {Error} if locked. */
  space(): MemberSpace;
  close(): Promise<void>;
}

/** Starts a device; its clock is `now` (default: the wall clock). */
export function memberDevice(name: string, now: () => number = () => Date.now()): MemberDevice {
  const directory = new PeerDirectory();
  const announcements = new DocumentAnnouncements();
  const repo = createRepo({ directory, announcements });
  const relays = new RelayManager({ repo, settings: createMemoryConnectionSettings(), directory, pageProtocol: "http:", now, retryMs: 500 });
  relays.start();
  const errors: unknown[] = [];
  const onError = (error: unknown) => errors.push(error);
  const vault = createBrowserKeyVault({
    storage: createMemoryVaultStorage(),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    now,
    sealParams: MIN_VAULT_PARAMS,
  });
  const store = createMemoryRecordStore();
  const verified = createVerifiedIdSet();
  const verifier = createVerifier();
  // Node has no Worker: the device reads organisations in its own thread, as the app's fallback does.
  const reader = createInlineOrganisationReader(verifier, new PersistentVerifiedIds(createMemoryVerifiedIdStore()), onError);
  const identity = new IdentityManager(
    vault,
    async (member) =>
      new MemberSpace(member, {
        repo,
        verifier: await verifier,
        verified,
        reader,
        store,
        announcements,
        relays,
        vault,
        pageProtocol: "http:",
        now,
        randomBytes: (n) => new Uint8Array(randomBytes(n)),
        onError,
      }),
    onError,
  );
  return {
    name,
    identity,
    relays,
    announcements,
    store,
    errors,
    space() {
      const space = identity.space.get();
      if (space === undefined) throw new Error(`${name} is locked`);
      return space;
    },
    async close() {
      identity.close();
      relays.stop();
      await repo.shutdown().catch(() => undefined);
    },
  };
}
