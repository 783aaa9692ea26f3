/**
 * Judging while the signatures are checked (PROTOCOL.md S10): a parallel verifier's batches are
 * handed over at once and answered "all valid" without waiting for the workers, so that what
 * follows the checks (the fold, the tally) runs in this thread while they check. What was judged
 * so stands only if every verdict proves true (`confirmed`); otherwise the caller judges again over
 * `replay()`, which answers the same batches, in the same order, with their true verdicts and
 * checks no signature twice. A pure function of the same records and verdicts gives the same result.
 */
import type { SignatureCheck, Verifier } from "./verifier.js";

/** The two passes over one parallel verifier. */
export interface OptimisticVerifier {
  /** Answers each batch with `true` for every check, once at most `ahead` checks are still waiting. */
  readonly verifier: Verifier;
  /**
   * Resolves when every batch handed over is checked: true when every verdict is true.
   * @throws whatever the inner verifier threw (a backend failure).
   */
  confirmed(): Promise<boolean>;
  /**
   * A verifier answering the n-th batch with the n-th batch's true verdicts; a batch of another
   * length than the one recorded (a caller that does not repeat itself) goes to the inner verifier.
   */
  replay(): Verifier;
}

/**
 * Wraps the parallel verifier `inner`; `ahead` bounds the checks handed over and not yet answered
 * by it, so that the messages waiting for the workers stay few.
 * @throws {TypeError} if `inner` is not parallel or `ahead` is not a positive integer.
 */
export function optimisticVerifier(inner: Verifier, ahead: number): OptimisticVerifier {
  if (inner.parallel !== true) throw new TypeError("optimisticVerifier: the verifier must check in parallel");
  if (!Number.isSafeInteger(ahead) || ahead < 1) throw new TypeError("optimisticVerifier: bad ahead");
  const batches: { readonly checks: number; readonly verdicts: Promise<boolean[]>; readonly settled: Promise<void> }[] = [];
  let waiting = 0;

  const verifier: Verifier = {
    backend: inner.backend,
    parallel: true,
    async verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
      const verdicts = inner.verifyBatch(checks);
      const count = checks.length;
      const settled = verdicts.then(
        () => void (waiting -= count),
        () => void (waiting -= count),
      );
      const index = batches.push({ checks: count, verdicts, settled }) - 1;
      waiting += count;
      for (let k = 0; waiting > ahead && k < index; k++) await batches[k]!.settled;
      return new Array<boolean>(count).fill(true);
    },
  };

  return {
    verifier,
    async confirmed() {
      const all = await Promise.all(batches.map((batch) => batch.verdicts));
      return all.every((verdicts) => verdicts.every((valid) => valid));
    },
    replay() {
      let next = 0;
      return {
        backend: inner.backend,
        parallel: true,
        verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
          const batch = batches[next++];
          return batch !== undefined && batch.checks === checks.length ? batch.verdicts : inner.verifyBatch(checks);
        },
      };
    },
  };
}
