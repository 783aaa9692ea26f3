/**
 * A Verifier that merges the batches its callers hand it in the same tick (e.g. one per document,
 * when the chokepoint reads several documents at once) into one batch for the backend, ordered by
 * public key so that a backend importing each key once per chunk (WebCrypto, S7) imports it once
 * for all of a signer's records: a member's admission and ballot are checked together. The
 * verdicts are exactly the inner verifier's (S1 is per signature; order does not matter).
 */
import type { SignatureCheck, Verifier } from "../verify/verifier.js";

interface Call {
  readonly checks: readonly SignatureCheck[];
  readonly resolve: (verdicts: boolean[]) => void;
  readonly reject: (error: unknown) => void;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Wraps `inner` so that calls made in the same tick share one `inner.verifyBatch`. Each call still
 * gets one verdict per check, in its own order. Never throws; a failure of `inner` rejects every
 * call of that batch.
 */
export function coalescingVerifier(inner: Verifier): Verifier {
  let pending: Call[] = [];

  async function flush(): Promise<void> {
    const calls = pending;
    pending = [];
    const all: { check: SignatureCheck; call: number; index: number }[] = [];
    calls.forEach((call, c) => call.checks.forEach((check, index) => all.push({ check, call: c, index })));
    const key = (item: { check: SignatureCheck }): Uint8Array =>
      item.check.publicKey instanceof Uint8Array ? item.check.publicKey : new Uint8Array(0);
    all.sort((a, b) => compareBytes(key(a), key(b)) || a.call - b.call || a.index - b.index);
    let verdicts: boolean[];
    try {
      verdicts = await inner.verifyBatch(all.map((item) => item.check));
    } catch (error) {
      for (const call of calls) call.reject(error);
      return;
    }
    const results = calls.map((call) => new Array<boolean>(call.checks.length).fill(false));
    all.forEach((item, i) => (results[item.call]![item.index] = verdicts[i] === true));
    calls.forEach((call, c) => call.resolve(results[c]!));
  }

  return {
    backend: inner.backend,
    verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
      if (!Array.isArray(checks)) return Promise.reject(new TypeError("verifyBatch: checks must be an array"));
      return new Promise((resolve, reject) => {
        if (pending.length === 0) queueMicrotask(() => void flush());
        pending.push({ checks, resolve, reject });
      });
    },
  };
}
