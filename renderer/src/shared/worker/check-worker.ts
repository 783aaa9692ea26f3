/**
 * A signature-check worker (a dedicated module worker started by the verification worker's pool,
 * check-pool.ts): its own verifier (S7, chosen here as in the verification worker) answering
 * packed batches (S10). It loads only crdt's verifier, not Automerge.
 */
import { createVerifier } from "@chapterhouse/crdt/verify";
import { serveChecks, type CheckScope } from "./serve-checks.js";

void serveChecks(globalThis as unknown as CheckScope, createVerifier(), (text) => console.warn("check worker:", text));
