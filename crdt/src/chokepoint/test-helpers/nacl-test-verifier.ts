/**
 * TEST HELPER ONLY: a Verifier over plain `nacl.sign.detached.verify`, without the strict
 * pre-check of PROTOCOL.md S1 (the real backends live in crdt/src/verify/). Records each batch
 * size so tests can see what was checked.
 */
import nacl from "tweetnacl";
import type { Verifier } from "../../verify/verifier.js";

export interface TestVerifier extends Verifier {
  /** Size of each batch asked for, in order. */
  readonly batches: number[];
}

export function naclTestVerifier(): TestVerifier {
  const batches: number[] = [];
  return {
    backend: "tweetnacl-test",
    batches,
    verifyBatch(checks) {
      batches.push(checks.length);
      return Promise.resolve(
        checks.map((c) => c.publicKey.length === 32 && c.signature.length === 64 && nacl.sign.detached.verify(c.message, c.signature, c.publicKey)),
      );
    },
  };
}
