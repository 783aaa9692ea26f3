import type { Verifier } from "@chapterhouse/crdt";
import type { LocalDb } from "../../shared/data/local-db.js";
import { createDexieVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { createInlineOrganisationReader } from "./inline-organisation-reader.js";
import type { OrganisationReader } from "./organisation-reader.js";
import { PersistentVerifiedIds } from "../../shared/worker/persistent-verified-ids.js";
import { createWorkerOrganisationReader } from "./worker-organisation-reader.js";

/** What the app's organisation reader is made from. */
export interface OrganisationReaderOptions {
  /** `Platform.storageNamespace`: the worker opens the same local database. */
  readonly storageNamespace: string;
  /** The page's local database, for the fallback's cache. */
  readonly db: LocalDb;
  /** The page's verifier, for the fallback. */
  readonly verifier: Promise<Verifier>;
  readonly now: () => number;
}

/**
 * The app's organisation reader: a dedicated module worker where the page can start one (its
 * script is bundled by Vite from the `new Worker(new URL(…))` below), else — no `Worker`, or a
 * worker that fails to start — reads in the page. Never throws.
 */
export function createOrganisationReader(options: OrganisationReaderOptions): OrganisationReader {
  const warn = (text: unknown) => console.warn("verification:", text);
  const inPage = () =>
    createInlineOrganisationReader(options.verifier, new PersistentVerifiedIds(createDexieVerifiedIdStore(options.db, options.now)), warn);
  if (typeof Worker === "undefined") return inPage();
  let worker: Worker;
  try {
    worker = new Worker(new URL("./organisation-worker.ts", import.meta.url), { type: "module", name: "chapterhouse-verification" });
  } catch (error) {
    warn(error);
    return inPage();
  }
  return createWorkerOrganisationReader(worker, { storageNamespace: options.storageNamespace, fallback: inPage, onWarning: warn });
}
