import type { Chunk, StorageAdapterInterface, StorageKey } from "@automerge/automerge-repo";

/**
 * Wraps the store the relay's Repo writes through, so that closing can wait for every write in
 * flight and then shut the gate (PROTOCOL.md W5.5): the Repo's throttled saves may fire after
 * the final flush, and must neither write after `close()` resolved nor fail. Once shut, writes
 * resolve without touching the disk (they can only repeat what the flush wrote: no change
 * enters after the sockets closed). Failures are reported to `onError` and rethrown, so the
 * Repo's own bookkeeping (what it saved) stays true.
 *
 * The relay never deletes a document, so whole-document removals (`removeRange`) stop here:
 * automerge-repo calls it only from `Repo.delete`, which the relay uses to drop what it holds
 * nothing of (W3.8), and a chunk a new handle saved meanwhile must not go with it.
 */
export class StorageGate implements StorageAdapterInterface {
  readonly #inFlight = new Set<Promise<unknown>>();
  /** Writes in flight by the first key part (a document id, for the Repo's chunks). */
  readonly #writesByFirstPart = new Map<string, Set<Promise<unknown>>>();
  #shut = false;

  /**
   * @param onWrite called with a write's first key part (a document id, for the Repo's chunks)
   *   when the write starts and again when it settles: what the store holds under it changes
   *   in between.
   */
  constructor(
    private readonly inner: StorageAdapterInterface,
    private readonly onError: (operation: string, key: StorageKey, error: unknown) => void,
    private readonly onWrite: (firstPart: string) => void = () => undefined,
  ) {}

  load(key: StorageKey): Promise<Uint8Array | undefined> {
    return this.#track("load", key, () => this.inner.load(key));
  }

  loadRange(keyPrefix: StorageKey): Promise<Chunk[]> {
    return this.#track("loadRange", keyPrefix, () => this.inner.loadRange(keyPrefix));
  }

  save(key: StorageKey, data: Uint8Array): Promise<void> {
    if (this.#shut) return Promise.resolve();
    return this.#trackWrite("save", key, () => this.inner.save(key, data));
  }

  remove(key: StorageKey): Promise<void> {
    if (this.#shut) return Promise.resolve();
    return this.#trackWrite("remove", key, () => this.inner.remove(key));
  }

  /** Resolves without removing anything: the relay never deletes a document (W3.8). */
  removeRange(_keyPrefix: StorageKey): Promise<void> {
    return Promise.resolve();
  }

  /**
   * Resolves once the writes of keys starting with `firstPart` that are in flight now have
   * settled (later ones are not waited for: a steady stream can't hold it back).
   */
  async settled(firstPart: string): Promise<void> {
    const writes = this.#writesByFirstPart.get(firstPart);
    if (writes !== undefined) await Promise.allSettled([...writes]);
  }

  /** Waits until no operation is in flight, then lets no further write through. */
  async drainAndShut(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
    this.#shut = true;
  }

  #trackWrite(operation: string, key: StorageKey, run: () => Promise<void>): Promise<void> {
    const firstPart = String(key[0]);
    this.onWrite(firstPart);
    const promise = this.#track(operation, key, run);
    const writes = this.#writesByFirstPart.get(firstPart) ?? new Set<Promise<unknown>>();
    this.#writesByFirstPart.set(firstPart, writes);
    writes.add(promise);
    const forget = () => {
      this.onWrite(firstPart);
      writes.delete(promise);
      if (writes.size === 0 && this.#writesByFirstPart.get(firstPart) === writes) this.#writesByFirstPart.delete(firstPart);
    };
    promise.then(forget, forget);
    return promise;
  }

  #track<T>(operation: string, key: StorageKey, run: () => Promise<T>): Promise<T> {
    const promise = run().catch((error: unknown) => {
      this.onError(operation, key, error);
      throw error;
    });
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    this.#inFlight.add(settled);
    void settled.then(() => this.#inFlight.delete(settled));
    return promise;
  }
}
