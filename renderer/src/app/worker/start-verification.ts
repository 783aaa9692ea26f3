import type { RecordStore } from "@chapterhouse/crdt/chokepoint";
import type { Verifier } from "@chapterhouse/crdt/verify";
import type { LocalDb } from "../../shared/data/local-db.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createDexieVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { createDexieKeptResultStore } from "../../shared/worker/kept-result-store.js";
import { createWorkerClient, type WorkerClient, type WorkerPort } from "../../shared/worker/worker-client.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { handlers, type Handlers } from "./handlers.js";
import { workerNameFor } from "./worker-name.js";

/** What the app's verification is made from. */
export interface VerificationOptions {
  /** `Platform.storageNamespace`: the worker opens the same local database. */
  readonly storageNamespace: string;
  /** For the fallback in the page: its database, record store and verifier. */
  readonly db: LocalDb;
  readonly store: RecordStore;
  readonly verifier: Promise<Verifier>;
  readonly now: () => number;
}

/**
 * Starts the verification worker (a dedicated module worker, its script bundled by Vite from the
 * `new Worker(new URL(…))` below) and returns the client of its handler map; where no worker can
 * start, the same handlers run in the page. Never throws.
 */
export function startVerification(options: VerificationOptions): WorkerClient<Handlers> {
  const warn = (text: unknown) => console.warn("verification:", text);
  let worker: WorkerPort | undefined;
  if (typeof Worker !== "undefined") {
    try {
      worker = new Worker(new URL("./verification-worker.ts", import.meta.url), { type: "module", name: workerNameFor(options.storageNamespace) });
    } catch (error) {
      warn(error);
    }
  }
  return createWorkerClient<Handlers>({
    names: Object.keys(handlers),
    worker,
    inline: () =>
      bindHandlers(
        handlers,
        createWorkerContext({ verifier: options.verifier, store: options.store, verifiedIds: createDexieVerifiedIdStore(options.db, options.now), keptResults: createDexieKeptResultStore(options.db, options.now), warn }),
      ),
    onWarning: warn,
  });
}
