/**
 * The verification worker (a dedicated module worker, bundled by Vite from `new Worker(new URL(…))`
 * in start-verification.ts): the handler map bound to a context of its own — its verifier
 * (WebCrypto where the page is a secure context, else tweetnacl: S7), the verified-id cache and the
 * record store in the page's local database (S8, D8), whose name it takes from its own `name`.
 */
import { createVerifier } from "@chapterhouse/crdt/verify";
import { localDbName, openLocalDb } from "../../shared/data/local-db.js";
import { createDexieRecordStore } from "../../shared/documents/dexie-record-store.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createDexieVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { exposeHandlers } from "../../shared/worker/expose-handlers.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { handlers } from "./handlers.js";
import { storageNamespaceOf } from "./worker-name.js";

const db = openLocalDb(localDbName(storageNamespaceOf((globalThis as unknown as { readonly name: string }).name)));
const context = createWorkerContext({
  verifier: createVerifier(),
  store: createDexieRecordStore(db),
  verifiedIds: createDexieVerifiedIdStore(db, () => Date.now()),
  warn: (error) => console.warn("verification worker:", error),
});
exposeHandlers(bindHandlers(handlers, context), globalThis as unknown as Parameters<typeof exposeHandlers>[1]);
