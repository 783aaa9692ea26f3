/**
 * One member's device in this process for data-layer tests: a Repo without storage, its relay
 * manager (real WebSockets), a memory record store, a memory key vault sealed with the weakest
 * scrypt parameters, the document layer over the worker's handler map (run in this thread, as the
 * app's fallback does: Node has no Worker), and the identity manager the app uses. Named after its
 * member (alice, bob).
 */
import { createMemoryRecordStore, type RecordStore } from "@chapterhouse/crdt/chokepoint";
import { MIN_VAULT_PARAMS } from "@chapterhouse/crdt/identity";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { randomBytes } from "node:crypto";
import { handlers, type Handlers } from "../../src/app/worker/handlers.js";
import { IdentityManager } from "../../src/features/identity/identity-manager.js";
import { MemberSpace } from "../../src/features/organisation/member-space.js";
import { createRepo } from "../../src/shared/data/create-repo.js";
import { createMemoryConnectionSettings } from "../../src/shared/data/memory-connection-settings.js";
import { PeerDirectory } from "../../src/shared/data/peer-directory.js";
import { RelayManager } from "../../src/shared/data/relay-manager.js";
import { DocumentAnnouncements } from "../../src/shared/documents/document-announcements.js";
import { DocumentLayer } from "../../src/shared/documents/document-layer.js";
import { createBrowserKeyVault } from "../../src/shared/platform/browser-key-vault.js";
import { createMemoryVaultStorage } from "../../src/shared/platform/vault-storage.js";
import { createMemoryVerifiedIdStore } from "../../src/shared/worker/dexie-verified-id-store.js";
import { bindHandlers } from "../../src/shared/worker/handler.js";
import { createWorkerClient, type WorkerClient } from "../../src/shared/worker/worker-client.js";
import { createWorkerContext } from "../../src/shared/worker/worker-context.js";
import { until } from "./until.js";

/** A device and what a test observes of it. */
export interface MemberDevice {
  readonly name: string;
  readonly identity: IdentityManager<MemberSpace>;
  readonly relays: RelayManager;
  readonly announcements: DocumentAnnouncements;
  /** The device's document layer. */
  readonly documents: DocumentLayer;
  /** The worker's handlers (in this thread). */
  readonly worker: Handlers;
  /** The device's append-only record store (D8). */
  readonly store: RecordStore;
  readonly errors: unknown[];
  /** The unlocked member's space. @throws {Error} if locked. */
  space(): MemberSpace;
  close(): Promise<void>;
}

/** The handler map in this thread over a memory store (Node has no Worker). */
export function inlineWorker(store: RecordStore, onError: (error: unknown) => void): WorkerClient<Handlers> {
  return createWorkerClient<Handlers>({
    names: Object.keys(handlers),
    worker: undefined,
    inline: () => bindHandlers(handlers, createWorkerContext({ verifier: createVerifier(), store, verifiedIds: createMemoryVerifiedIdStore(), warn: onError })),
    onWarning: () => undefined,
  });
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
    subtle: globalThis.crypto.subtle,
  });
  const store = createMemoryRecordStore();
  const worker = inlineWorker(store, onError);
  const documents = new DocumentLayer({ repo, announcements, worker, onError, debounceMs: 10, lingerMs: 200 });
  const identity = new IdentityManager(
    vault,
    (member) =>
      Promise.resolve(
        new MemberSpace(member, {
          repo,
          documents,
          worker: worker.handlers,
          relays,
          vault,
          pageProtocol: "http:",
          now,
          randomBytes: (n) => new Uint8Array(randomBytes(n)),
          onError,
        }),
      ),
    onError,
  );
  return {
    name,
    identity,
    relays,
    announcements,
    documents,
    worker: worker.handlers,
    store,
    errors,
    space() {
      const space = identity.space.get();
      if (space === undefined) throw new Error(`${name} is locked`);
      return space;
    },
    async close() {
      identity.close();
      documents.close();
      relays.stop();
      await repo.shutdown().catch(() => undefined);
    },
  };
}

/**
 * A member's device connected to `relayUrl`, with a new identity named `name` (passphrase
 * `<name>'s passphrase`): what data-layer tests of two or more members start from. The caller closes it.
 */
export async function memberOnRelay(name: string, relayUrl: string): Promise<MemberDevice> {
  const device = memberDevice(name);
  await device.relays.addRelay(relayUrl);
  await until(device.relays.relays, (s) => s.relays.some((x) => x.state === "connected"), `${name} connects to the relay`);
  const result = await device.identity.create({ name, passphrase: `${name}'s passphrase` });
  if (result.type !== "created") throw new Error(result.problem);
  return device;
}
