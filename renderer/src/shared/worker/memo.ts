/**
 * Results kept by key (a key names the documents and the heads a result was computed from), the
 * least recently used dropped beyond a bound. The promise is kept, so reads asking for the same
 * result at once share one computation; a rejected one is forgotten.
 */
export class Memo<T> {
  readonly #capacity: number;
  readonly #entries = new Map<string, Promise<T>>();

  /** `capacity`: how many results to keep at most (at least 1). */
  constructor(capacity = 64) {
    this.#capacity = Math.max(1, capacity);
  }

  /** The result kept under `key`, else `compute()`'s, kept. Rejects as `compute` does. */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.#entries.get(key);
    if (kept !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept;
    }
    const computed = compute();
    this.#entries.set(key, computed);
    computed.catch(() => {
      if (this.#entries.get(key) === computed) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
    return computed;
  }

  /** How many results are kept. */
  get size(): number {
    return this.#entries.size;
  }
}
