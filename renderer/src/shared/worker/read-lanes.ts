/**
 * The worker's two lanes of reads (ARCHITECTURE "Read priority", HOME4): what a screen shows runs
 * in the foreground; the home's and the bell's reads, which look at every chapter the member
 * belongs to, run in the background, one at a time, each starting only when no foreground read is
 * running. So a screen opened while the home's reads are due gets the worker first (after a
 * reload, a chapter's reads shared it with the home's `homeVotes` and `homeDecisions`), and a
 * screen opened while one of them runs shares the worker with that one only, not with every
 * background read due: their steps interleave at each `await`. A background read already running
 * is not interrupted.
 */
export class ReadLanes {
  #running = 0;
  /** Whether a background read runs (or was let start). */
  #background = false;
  #waiting: (() => void)[] = [];
  /** Background reads giving way until no foreground read runs (`idle`). */
  #idle: (() => void)[] = [];

  /** Runs a foreground read; background reads wait until none runs. */
  async foreground<T>(read: () => Promise<T>): Promise<T> {
    this.#running++;
    try {
      return await read();
    } finally {
      this.#running--;
      this.#startNext();
    }
  }

  /** Runs a background read once no foreground read and no other background read runs (at once when none does). */
  async background<T>(read: () => Promise<T>): Promise<T> {
    if (this.#running > 0 || this.#background) await new Promise<void>((start) => this.#waiting.push(start));
    else this.#background = true;
    try {
      return await read();
    } finally {
      this.#background = false;
      this.#startNext();
    }
  }

  /**
   * Resolves once no foreground read runs (at once when none does): where a background read gives
   * way between two documents, a screen's read that arrived meanwhile then runs to its end first,
   * instead of sharing the worker with it task by task. Never awaited by a foreground read (it
   * would wait for itself).
   */
  idle(): Promise<void> {
    if (this.#running === 0) return Promise.resolve();
    return new Promise<void>((resolve) => this.#idle.push(resolve));
  }

  /** Lets the next background read start, in the order they were asked for, when nothing holds it. */
  #startNext(): void {
    if (this.#running === 0) for (const resolve of this.#idle.splice(0)) resolve();
    if (this.#running > 0 || this.#background) return;
    const next = this.#waiting.shift();
    if (next === undefined) return;
    this.#background = true;
    next();
  }
}
