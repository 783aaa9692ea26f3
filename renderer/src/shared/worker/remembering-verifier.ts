/**
 * A Verifier that remembers the signatures it found valid, so that reading a vote again after
 * one more ballot arrived checks only that ballot's signature (PROTOCOL.md S8 for votes: the
 * report's pipeline takes a Verifier, not an id cache). A check is remembered by its whole
 * content — public key, signature and a SHA-256 of the message — so a signature reused on
 * another message is checked afresh. Only `true` verdicts are kept; the memory is bounded and
 * forgets the oldest first.
 */
import { hashBytes, toBase64url } from "@chapterhouse/crdt/encoding";
import type { SignatureCheck, Verifier } from "@chapterhouse/crdt/verify";

/** How many valid signatures are remembered by default (about 150 bytes each). */
export const REMEMBERED_SIGNATURES = 200_000;

function keyOf(check: SignatureCheck): string | undefined {
  if (!(check.publicKey instanceof Uint8Array) || !(check.signature instanceof Uint8Array) || !(check.message instanceof Uint8Array)) return undefined;
  return `${toBase64url(check.publicKey)} ${toBase64url(check.signature)} ${hashBytes(check.message)}`;
}

/**
 * Wraps `inner`; the verdicts are exactly the inner verifier's (S1 is per signature). Never throws
 * itself.
 */
export function rememberingVerifier(inner: Verifier, capacity = REMEMBERED_SIGNATURES): Verifier {
  const valid = new Set<string>();
  return {
    backend: inner.backend,
    async verifyBatch(checks) {
      const keys = checks.map(keyOf);
      const unknown: number[] = [];
      keys.forEach((key, i) => {
        if (key === undefined || !valid.has(key)) unknown.push(i);
      });
      const verdicts = checks.map(() => true);
      if (unknown.length > 0) {
        const checked = await inner.verifyBatch(unknown.map((i) => checks[i]!));
        unknown.forEach((i, j) => {
          const ok = checked[j] === true;
          verdicts[i] = ok;
          const key = keys[i];
          if (ok && key !== undefined) {
            if (valid.size >= capacity) valid.delete(valid.values().next().value!);
            valid.add(key);
          }
        });
      }
      return verdicts;
    },
  };
}
