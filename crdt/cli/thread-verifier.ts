/**
 * The CLI's Verifier on every core (PROTOCOL.md S10): crdt's `poolVerifier` over the threads of
 * a ThreadPool, each running the named backend.
 */
import { poolVerifier, type CheckWorker, type Verifier } from "@chapterhouse/crdt/verify";
import type { ThreadPool } from "./thread-pool.js";
import type { BackendName } from "./verifier-backends.js";

/** A parallel Verifier whose checks run on `pool`'s threads with `backend`. Never throws. */
export function threadVerifier(pool: ThreadPool, backend: BackendName): Verifier {
  const workers = Array.from({ length: pool.size }, (_, thread): CheckWorker => ({
    verify: (bytes) => pool.request(thread, { type: "verify", backend, bytes }),
  }));
  return poolVerifier(backend, workers);
}
