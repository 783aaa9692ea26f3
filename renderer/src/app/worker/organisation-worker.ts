/**
 * The verification worker (a dedicated module worker): runs `readOrganisation` — every
 * signature and the membership fold — off the page's thread, with its own verifier (WebCrypto
 * where the page is a secure context, else tweetnacl: S7) and the verified-id cache in the
 * local database (S8). Messages are `worker-messages.ts`; anything else is dropped and logged.
 */
import { createVerifier, type Verifier } from "@chapterhouse/crdt";
import { localDbName, openLocalDb } from "../../shared/data/local-db.js";
import { createDexieVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { PersistentVerifiedIds } from "../../shared/worker/persistent-verified-ids.js";
import { readWithCache } from "../../features/organisation/read-with-cache.js";
import { rememberingVerifier } from "../../shared/worker/remembering-verifier.js";
import { readVote } from "../../features/votes/read-vote.js";
import { readProposalsWithCache } from "../../features/proposals/read-proposals-with-cache.js";
import { checkBundle } from "../../features/votes/bundle-check/check-bundle.js";
import { isToWorker, requestIdOf, type FromWorker } from "./worker-messages.js";

/** What this file uses of the worker's global scope (the DOM typings know no worker scope). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
}

interface Configured {
  readonly verifier: Verifier;
  readonly cache: PersistentVerifiedIds;
  /** The verifier of vote reads, remembering valid signatures between reads. */
  readonly votes: Verifier;
}

function serveReads(scope: WorkerScope): void {
  let configured: Promise<Configured> | undefined;
  const report = (error: unknown) => console.warn("verification worker: the verified-id cache failed", error);

  /** Runs one request once configured and posts its answer, or why it failed. */
  function answer<T>(id: number, run: (configured: Configured) => Promise<T>, reply: (result: T) => FromWorker): void {
    if (configured === undefined) {
      scope.postMessage({ type: "failed", id, message: "the verification worker was not configured" });
      return;
    }
    void configured.then(run).then(
      (result) => scope.postMessage(reply(result)),
      (error: unknown) => scope.postMessage({ type: "failed", id, message: error instanceof Error ? error.message : String(error) }),
    );
  }

  scope.addEventListener("message", (event) => {
    const message = event.data;
    if (!isToWorker(message)) {
      console.warn("verification worker: dropped a malformed message");
      const id = requestIdOf(message);
      if (id !== undefined) scope.postMessage({ type: "failed", id, message: "the verification worker received a malformed request" });
      return;
    }
    switch (message.type) {
      case "configure": {
        if (configured !== undefined) return; // once only
        const db = openLocalDb(localDbName(message.storageNamespace));
        configured = createVerifier().then((verifier) => ({
          verifier,
          cache: new PersistentVerifiedIds(createDexieVerifiedIdStore(db, () => Date.now())),
          votes: rememberingVerifier(verifier),
        }));
        void configured.then(({ verifier }) => scope.postMessage({ type: "ready", backend: verifier.backend }));
        return;
      }
      case "read-organisation":
        return answer(message.id, ({ verifier, cache }) => readWithCache(message.input, verifier, cache, report), (result) => ({ type: "organisation-read", id: message.id, result }));
      case "read-vote":
        return answer(message.id, ({ votes }) => readVote(message.input, votes), (result) => ({ type: "vote-read", id: message.id, result }));
      case "read-proposals":
        return answer(
          message.id,
          ({ verifier, cache, votes }) => readProposalsWithCache(message.input, verifier, cache, report, votes),
          (result) => ({ type: "proposals-read", id: message.id, result }),
        );
      case "check-bundle":
        return answer(message.id, ({ verifier }) => checkBundle(message.text, verifier), (result) => ({ type: "bundle-checked", id: message.id, result }));
    }
  });
  scope.postMessage({ type: "listening" });
}

// The worker's global scope (typed as a Window here, which has the same two members).
serveReads(globalThis);
