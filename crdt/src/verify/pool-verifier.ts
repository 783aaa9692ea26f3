/**
 * A Verifier over a pool of workers (PROTOCOL.md S10): each batch is cut into chunks, packed
 * (`packChecks`) and handed at once to the worker with the least work outstanding, so the checks
 * run on every core while the caller goes on reading. The workers are anything that can check a
 * pack: threads in Node (`crdt/cli`), Web Workers in a browser. Verdicts are exactly those of the
 * backend the workers run (S1 is per signature; which worker checks what does not matter).
 */
import type { SignatureCheck, Verifier } from "./verifier.js";
import { packChecks, unpackChecks } from "./packed-checks.js";

/** Array.isArray without narrowing a readonly array type to any[]. */
const isList: (value: unknown) => boolean = Array.isArray;

/** One worker of a pool, seen from the thread that hands it work. */
export interface CheckWorker {
  /**
   * Checks a pack of `count` checks (`packChecks(...).bytes`; the worker may take its buffer) and
   * resolves to one byte per check, in order: 1 when valid under S1, else 0.
   * @throws (as a rejected promise) if the worker failed (it crashed, or could not run its backend).
   */
  verify(packed: Uint8Array<ArrayBuffer>, count: number): Promise<Uint8Array>;
}

/** Checks per chunk by default: a few tens of milliseconds of work, so the workers stay balanced. */
export const POOL_CHUNK = 512;

/** Options of `poolVerifier`. */
export interface PoolVerifierOptions {
  /** Checks handed to a worker at a time. */
  readonly chunkSize?: number;
}

/**
 * A Verifier whose batches are checked by `workers`, which all run the backend named `backend`.
 * Its batches start as soon as they are handed over (`parallel`), so callers should not merge
 * them. A failing worker rejects the batches it held.
 * @throws {TypeError} if there is no worker or `chunkSize` is not a positive integer.
 */
export function poolVerifier(backend: string, workers: readonly CheckWorker[], options: PoolVerifierOptions = {}): Verifier {
  if (!isList(workers) || workers.length === 0) throw new TypeError("poolVerifier: at least one worker is needed");
  const chunkSize = options.chunkSize ?? POOL_CHUNK;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) throw new TypeError("poolVerifier: bad chunkSize");
  const outstanding = workers.map(() => 0);

  // Not async: a chunk's checks are packed at once and not held while the worker runs, so
  // a caller reading ahead does not keep every message twice.
  function verifyChunk(chunk: readonly SignatureCheck[]): Promise<boolean[]> {
    const { bytes, count, places } = packChecks(chunk);
    const answer = (verdicts: Uint8Array): boolean[] => Array.from(places, (place) => place >= 0 && verdicts[place] === 1);
    if (count === 0) return Promise.resolve(answer(new Uint8Array(0)));
    let w = 0;
    for (let i = 1; i < workers.length; i++) if (outstanding[i]! < outstanding[w]!) w = i;
    outstanding[w]! += count;
    return workers[w]!.verify(bytes, count).then(
      (verdicts) => {
        outstanding[w]! -= count;
        if (verdicts.length !== count) throw new Error(`a ${backend} worker gave ${verdicts.length} verdicts for ${count} checks`);
        return answer(verdicts);
      },
      (error: unknown) => {
        outstanding[w]! -= count;
        throw error;
      },
    );
  }

  return {
    backend,
    parallel: true,
    verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
      if (!isList(checks)) return Promise.reject(new TypeError("verifyBatch: checks must be an array"));
      const chunks: Promise<boolean[]>[] = [];
      for (let start = 0; start < checks.length; start += chunkSize) chunks.push(verifyChunk(checks.slice(start, start + chunkSize)));
      return Promise.all(chunks).then((parts) => parts.flat());
    },
  };
}

/**
 * The worker's half: checks a pack with `verifier` (the backend the worker runs) and returns one
 * byte per check, 1 when valid.
 * @throws {TypeError} (as a rejected promise) if `packed` is not a pack of checks.
 * @throws whatever `verifier.verifyBatch` throws.
 */
export async function verifyPacked(verifier: Verifier, packed: Uint8Array): Promise<Uint8Array> {
  const verdicts = await verifier.verifyBatch(unpackChecks(packed));
  return Uint8Array.from(verdicts, (valid) => (valid ? 1 : 0));
}
