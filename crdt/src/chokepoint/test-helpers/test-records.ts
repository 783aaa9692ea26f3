/** TEST HELPER ONLY: deterministic signers and signed records for chokepoint tests. */
import type { CanonicalValue } from "../../records/canonical.js";
import type { RecordId } from "../../records/ids.js";
import { naclSignerFromSeed } from "../../verify/nacl-signer.js";
import { signRecord, type ParsedRecord, type Signer } from "../../records/record.js";

/** A signer whose seed is 32 copies of `n` (alice = 1, bob = 2, …). */
export function testSigner(n: number): Signer {
  return naclSignerFromSeed(new Uint8Array(32).fill(n));
}

/** Signs a record of `kind` with `body` at a fixed time. */
export function signTest(signer: Signer, kind: string, body: CanonicalValue, deps: RecordId[] = []): Promise<ParsedRecord> {
  return signRecord(signer, { kind, body, at: 1_700_000_000_000, deps });
}
