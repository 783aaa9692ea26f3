/**
 * Worker threads started before a command's modules are loaded (issue 15): `verify` checks its
 * signatures on one thread per core, and a thread takes tens of milliseconds to start and load
 * its backend, so main.ts starts them first and they are ready while the main thread is still
 * loading the command and reading the bundle. The command takes the pool if it wants one of
 * that size; otherwise the pool is closed.
 */
import { ThreadPool } from "./thread-pool.js";

/** A ThreadPool started ahead of the command that will own it. */
export class HeadStartPool {
  #pool: ThreadPool | undefined;

  /**
   * Starts `threads` workers.
   * @throws {RangeError} if `threads` is not a positive integer.
   */
  constructor(threads: number) {
    this.#pool = new ThreadPool(threads);
  }

  /**
   * A pool of `threads` workers for the caller to own and close: the one started ahead when it
   * has that size and was not taken yet, else a new one (the one started ahead is then closed).
   * @throws {RangeError} if `threads` is not a positive integer.
   */
  take(threads: number): ThreadPool {
    const started = this.#pool;
    this.#pool = undefined;
    if (started?.size === threads) return started;
    void started?.close();
    return new ThreadPool(threads);
  }

  /** Stops the pool if nobody took it. Never rejects. */
  async close(): Promise<void> {
    const started = this.#pool;
    this.#pool = undefined;
    await started?.close();
  }
}
