/**
 * The verification worker (a dedicated module worker, bundled by Vite from `new Worker(new URL(…))`
 * in start-verification.ts): the handler map bound to a context of its own — its verifier
 * (WebCrypto where the page is a secure context, else tweetnacl: S7), its signature checks spread
 * over one check worker per core where the device has several (S10, check-pool.ts), the
 * verified-id cache, the record store and the kept results in the page's local database (S8, D8), whose name it
 * takes from its own `name`.
 */
import { createVerifier } from "@chapterhouse/crdt/verify";
import { localDbName, openLocalDb } from "../../shared/data/local-db.js";
import { createDexieRecordStore } from "../../shared/documents/dexie-record-store.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createDexieVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { createDexieKeptResultStore } from "../../shared/worker/kept-result-store.js";
import { exposeHandlers } from "../../shared/worker/expose-handlers.js";
import { startCheckPool } from "../../shared/worker/check-pool.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { handlers } from "./handlers.js";
import { storageNamespaceOf } from "./worker-name.js";

const db = openLocalDb(localDbName(storageNamespaceOf((globalThis as unknown as { readonly name: string }).name)));
const warn = (error: unknown) => console.warn("verification worker:", error);
const context = createWorkerContext({
  verifier: startCheckPool({
    start: () => new Worker(new URL("../../shared/worker/check-worker.ts", import.meta.url), { type: "module", name: "chapterhouse-check" }),
    // The cores beside the page's own thread: on a 2-core device none (the page, this worker and
    // two check workers competing made a 1,000-ballot update slower than no pool; bench app-vote).
    size: navigator.hardwareConcurrency - 1,
    local: createVerifier(),
    warn,
  }),
  store: createDexieRecordStore(db),
  verifiedIds: createDexieVerifiedIdStore(db, () => Date.now()),
  keptResults: createDexieKeptResultStore(db, () => Date.now()),
  warn,
});
exposeHandlers(bindHandlers(handlers, context), globalThis as unknown as Parameters<typeof exposeHandlers>[1]);
