/**
 * The worker's two lanes of reads (ARCHITECTURE "Read priority", HOME4): what a screen shows runs
 * in the foreground; the home's reads, which look at every chapter the member belongs to, run in
 * the background and start only when no foreground read is running, so a screen opened while the
 * home's reads are due gets the worker first (after a reload, a chapter's reads shared it with the
 * home's `homeVotes` and `homeDecisions`). A background read already running is not interrupted.
 */
export class ReadLanes {
  #running = 0;
  #waiting: (() => void)[] = [];

  /** Runs a foreground read; background reads wait until none runs. */
  async foreground<T>(read: () => Promise<T>): Promise<T> {
    this.#running++;
    try {
      return await read();
    } finally {
      if (--this.#running === 0) for (const start of this.#waiting.splice(0)) start();
    }
  }

  /** Runs a background read once no foreground read runs (at once when none does). */
  async background<T>(read: () => Promise<T>): Promise<T> {
    while (this.#running > 0) await new Promise<void>((start) => this.#waiting.push(start));
    return read();
  }
}
