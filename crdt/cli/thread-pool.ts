/**
 * Worker threads for the CLI's bulk crypto (PROTOCOL.md S10): signature checks for `verify`,
 * signing for `simulate`. Each worker runs `pool-worker.js`; a request is a PoolRequest whose
 * bytes are transferred, its answer the reply with the same id. A worker holds the process open
 * only while it has work, so a pool never keeps the command from exiting.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { isPoolReply, type PoolRequest } from "./pool-messages.js";

/**
 * The worker script: the built one beside this module (`dist/cli/`), also when this module runs
 * from its TypeScript source (in-process tests, after `npm run build`).
 */
export const POOL_WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "../dist/cli/pool-worker.js" : "./pool-worker.js", import.meta.url);

/** Most threads a command's `--threads` takes. */
export const MAX_THREADS = 256;

/** Threads a pool starts by default: one per core. */
export function defaultThreads(): number {
  return availableParallelism();
}

interface Pending {
  readonly resolve: (bytes: Uint8Array) => void;
  readonly reject: (error: Error) => void;
}

/** One worker and the requests it has not answered yet. */
class PoolThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #failure: Error | undefined;

  constructor(url: URL) {
    this.#worker = new Worker(url);
    this.#worker.unref();
    this.#worker.on("message", (message: unknown) => {
      if (!isPoolReply(message)) return; // not ours: dropped (pool-messages.ts)
      const pending = this.#pending.get(message.id);
      if (pending === undefined) return;
      this.#settled(message.id);
      if (message.type === "done") pending.resolve(message.bytes);
      else pending.reject(new Error(message.message));
    });
    this.#worker.on("error", (error) => this.#fail(error instanceof Error ? error : new Error(String(error))));
    this.#worker.on("exit", (code) => this.#fail(new Error(`a worker thread stopped (exit code ${code})`)));
  }

  #settled(id: number): void {
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker.unref();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const [id, pending] of this.#pending) {
      this.#settled(id);
      pending.reject(error);
    }
  }

  request(request: PoolRequest): Promise<Uint8Array> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref();
      this.#pending.set(request.id, { resolve, reject });
      this.#worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.#failure ??= new Error("the worker pool is closed");
    await this.#worker.terminate();
  }
}

/** A fixed set of worker threads. Each instance owns its threads; `close` stops them. */
export class ThreadPool {
  readonly #threads: PoolThread[];
  #nextId = 0;

  /**
   * Starts `threads` workers running `url` (default: `pool-worker.js`).
   * @throws {RangeError} if `threads` is not a positive integer.
   */
  constructor(threads: number = defaultThreads(), url: URL = POOL_WORKER_URL) {
    if (!Number.isSafeInteger(threads) || threads < 1) throw new RangeError("a worker pool needs at least one thread");
    this.#threads = Array.from({ length: threads }, () => new PoolThread(url));
  }

  /** How many threads the pool runs. */
  get size(): number {
    return this.#threads.length;
  }

  /**
   * Hands `request` (without its id, which the pool assigns) to thread `thread`; its bytes'
   * buffer is transferred, so the caller must not use them again.
   * @throws (as a rejected promise) the worker's failure, or an Error if the thread stopped or the pool is closed.
   */
  request(thread: number, request: DistributiveOmit<PoolRequest, "id">): Promise<Uint8Array> {
    const target = this.#threads[thread];
    if (target === undefined) return Promise.reject(new RangeError(`no thread ${thread}`));
    return target.request({ ...request, id: this.#nextId++ });
  }

  /** Stops every thread; their pending requests are rejected. Never rejects. */
  async close(): Promise<void> {
    await Promise.all(this.#threads.map((thread) => thread.close()));
  }
}

/** `Omit` applied to each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
