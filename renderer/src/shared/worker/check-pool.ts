/**
 * Signature checks on more than one worker (PROTOCOL.md S10): the verification worker starts a
 * few check workers (`serveChecks`), one per core the device reports, and hands them packed
 * batches through crdt's `poolVerifier`, behind the same `Verifier` interface its handlers already
 * use; the chokepoint's parse, the fold and the tally stay in the verification worker,
 * deterministic. Where the device has one core, or a check worker cannot start (no nested
 * workers, a script that fails to load, a backend other than the local one), the verification
 * worker's own verifier checks everything; a check worker that fails later hands its batch, and
 * every one after, to that verifier too. Verdicts are the backend's either way (S1 is per
 * signature).
 */
import { poolVerifier, type CheckWorker, type Verifier } from "@chapterhouse/crdt/verify";
import { isCheckAnswer, type CheckReady, type CheckRequest } from "./check-messages.js";

/** What the pool uses of a `Worker` (tests pass a `MessagePort`-backed fake). */
export interface CheckPort {
  postMessage(message: CheckRequest, transfer: Transferable[]): void;
  addEventListener(type: "message" | "error", listener: (event: Event) => void): void;
  terminate(): void;
}

/** How the pool is made. */
export interface CheckPoolOptions {
  /** Starts one check worker. May throw (no `Worker` here, a refused script). */
  readonly start: () => CheckPort;
  /** How many check workers to start (`navigator.hardwareConcurrency`); below 2, none. */
  readonly size: number;
  /** The verification worker's own verifier: the fallback. */
  readonly local: Promise<Verifier>;
  /** How long a check worker may take to say it listens. */
  readonly readyWithinMs?: number;
  /** Told why the pool is not used, or stopped being used. */
  readonly warn: (text: string) => void;
}

/** The most check workers started, whatever the device reports: past this, packing and posting outweigh the gain. */
export const MAX_CHECK_WORKERS = 8;

/** A check worker once it said it listens, with the backend it runs. */
interface Started {
  readonly backend: string;
  readonly worker: CheckWorker;
  /** Terminates it; the batches it holds reject. */
  stop(): void;
}

/** Starts one check worker and waits until it listens. Rejects if it cannot start, fails or is silent too long. */
function startOne(start: () => CheckPort, readyWithinMs: number): Promise<Started> {
  return new Promise<Started>((resolve, reject) => {
    const port = start();
    const waiting = new Map<number, { resolve: (verdicts: Uint8Array) => void; reject: (error: unknown) => void }>();
    let next = 0;
    let failed: Error | undefined;
    let ready: CheckReady | undefined;
    const timer = setTimeout(() => fail(new Error(`a check worker said nothing within ${readyWithinMs} ms`)), readyWithinMs);
    function fail(error: Error): void {
      clearTimeout(timer);
      if (failed !== undefined) return;
      failed = error;
      port.terminate();
      for (const call of waiting.values()) call.reject(failed);
      waiting.clear();
      reject(failed);
    }
    const worker: CheckWorker = {
      verify(packed) {
        if (failed !== undefined) return Promise.reject(failed);
        return new Promise<Uint8Array>((resolveCall, rejectCall) => {
          const id = next++;
          waiting.set(id, { resolve: resolveCall, reject: rejectCall });
          port.postMessage({ type: "check", id, packed }, [packed.buffer]);
        });
      },
    };
    port.addEventListener("error", (event) => fail(new Error(`a check worker failed: ${(event as ErrorEvent).message ?? event.type}`)));
    port.addEventListener("message", (event) => {
      const answer: unknown = (event as MessageEvent).data;
      if (!isCheckAnswer(answer)) return;
      if (answer.type === "ready") {
        if (ready !== undefined) return;
        ready = answer;
        clearTimeout(timer);
        return resolve({ backend: answer.backend, worker, stop: () => fail(new Error("the check workers were stopped")) });
      }
      const call = waiting.get(answer.id);
      if (call === undefined) return;
      waiting.delete(answer.id);
      if (answer.type === "verdicts") call.resolve(answer.verdicts);
      else call.reject(new Error(`a check worker could not check a batch: ${answer.error}`));
    });
  });
}

/**
 * The verifier of the verification worker: a pool of check workers when the device has cores for
 * it and they all start and run the local verifier's backend, else the local verifier. Never
 * rejects unless `options.local` does.
 */
export async function startCheckPool(options: CheckPoolOptions): Promise<Verifier> {
  const size = Math.min(MAX_CHECK_WORKERS, Math.floor(options.size));
  const local = await options.local;
  if (!(size >= 2)) return local;
  const starting = Array.from({ length: size }, () => startOne(options.start, options.readyWithinMs ?? 10_000));
  const started = await Promise.allSettled(starting);
  const ports = started.flatMap((entry) => (entry.status === "fulfilled" ? [entry.value] : []));
  const refusal = started.find((entry): entry is PromiseRejectedResult => entry.status === "rejected");
  const stranger = ports.find((entry) => entry.backend !== local.backend);
  if (refusal !== undefined || stranger !== undefined) {
    for (const entry of ports) entry.stop();
    options.warn(
      refusal !== undefined
        ? `signatures are checked on one worker: ${String(refusal.reason)}`
        : `signatures are checked on one worker: a check worker runs ${stranger!.backend}, not ${local.backend}`,
    );
    return local;
  }
  const pool = poolVerifier(local.backend, ports.map((entry) => entry.worker));
  let broken = false;
  return {
    backend: local.backend,
    parallel: true,
    verifyBatch(checks) {
      if (broken) return local.verifyBatch(checks);
      return pool.verifyBatch(checks).catch((error: unknown) => {
        if (!broken) {
          broken = true;
          for (const entry of ports) entry.stop();
          options.warn(`signatures are checked on one worker from now on: ${String(error)}`);
        }
        return local.verifyBatch(checks);
      });
    },
  };
}
