/**
 * A Verifier that remembers the signatures it found valid, so that a signature is checked once
 * however many reads ask for it (PROTOCOL.md S8): a document's chokepoint read (D8) and the vote
 * reading over the same ballot box, or a vote bundle file checked twice. A check is remembered by
 * its whole content — public key, signature and a SHA-256 of the message — so a signature reused
 * on another message is checked afresh. Checks asked for while the same check is under way wait
 * for its verdict instead of being checked again. Only `true` verdicts are kept; the memory is
 * bounded and forgets the oldest first.
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
 * Wraps `inner`; the verdicts are exactly the inner verifier's (S1 is per signature), and it is
 * `parallel` when `inner` is. Never throws itself; a failure of `inner` rejects the calls waiting
 * for that batch.
 */
export function rememberingVerifier(inner: Verifier, capacity = REMEMBERED_SIGNATURES): Verifier {
  const valid = new Set<string>();
  const underWay = new Map<string, Promise<boolean>>();
  return {
    backend: inner.backend,
    ...(inner.parallel === true ? { parallel: true } : {}),
    async verifyBatch(checks) {
      const keys = checks.map(keyOf);
      const fresh: number[] = [];
      const known = Promise.resolve(true);
      const verdicts: Promise<boolean>[] = keys.map((key, i) => {
        if (key !== undefined && valid.has(key)) return known;
        const pending = key === undefined ? undefined : underWay.get(key);
        if (pending !== undefined) return pending;
        fresh.push(i);
        return known; // replaced below by the check's verdict
      });
      if (fresh.length > 0) {
        const checked = inner.verifyBatch(fresh.map((i) => checks[i]!));
        fresh.forEach((i, j) => {
          const key = keys[i];
          const verdict = checked.then((answers) => answers[j] === true);
          verdicts[i] = verdict;
          if (key === undefined || underWay.has(key)) return;
          underWay.set(key, verdict);
          const settle = (ok: boolean) => {
            underWay.delete(key);
            if (!ok) return;
            if (valid.size >= capacity) valid.delete(valid.values().next().value!);
            valid.add(key);
          };
          verdict.then(settle, () => underWay.delete(key));
        });
      }
      return Promise.all(verdicts);
    },
  };
}
