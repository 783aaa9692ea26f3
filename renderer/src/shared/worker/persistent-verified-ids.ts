import type { RecordId } from "@chapterhouse/crdt/records";
import { POLICY_VERSION, VerifiedCache } from "@chapterhouse/crdt/verify";
import type { VerifiedIdCache } from "./verified-id-cache.js";

/** How many of a document's unknown ids are asked of the store before the rest (`preloadDocuments`). */
export const SAMPLED_IDS = 64;

/** Where verified ids are kept between sessions, per verifier policy version (S8). */
export interface VerifiedIdStore {
  /** Of `ids`, those stored as verified under `policy`. Rejects if storage fails. */
  load(ids: readonly string[], policy: number): Promise<string[]>;
  /** Stores `ids` as verified under `policy`. Rejects if storage fails. */
  save(ids: readonly string[], policy: number): Promise<void>;
}

/**
 * The verified-id cache of organisation reads (PROTOCOL.md S8): crdt's bounded `VerifiedCache`
 * in memory, backed by a `VerifiedIdStore` keyed by (POLICY_VERSION, record id), so ids verified
 * in an earlier session are skipped too and a policy change verifies everything again.
 * `has`/`add` are synchronous (the chokepoint's interface): call `preload` with the ids a read
 * may ask about before it, and `flush` after it.
 */
export class PersistentVerifiedIds implements VerifiedIdCache {
  readonly #memory: VerifiedCache;
  readonly #store: VerifiedIdStore;
  readonly #unsaved = new Set<string>();
  readonly #policy: number;

  constructor(store: VerifiedIdStore, options: { capacity?: number; policy?: number } = {}) {
    this.#store = store;
    this.#memory = new VerifiedCache(options.capacity);
    this.#policy = options.policy ?? POLICY_VERSION;
  }

  has(id: RecordId): boolean {
    return this.#memory.has(id, this.#policy);
  }

  add(id: RecordId): void {
    if (this.#memory.has(id, this.#policy)) return;
    this.#memory.add(id, this.#policy);
    this.#unsaved.add(id);
  }

  /**
   * Loads from the store which of `ids` verified before (those not already in memory).
   * The ids are claims (map keys): a stored id only skips the signature of a text that hashes
   * to it (the chokepoint checks R3 first), so a claimed key proves nothing by itself.
   * @throws (as a rejected promise) if the store fails.
   */
  async preload(ids: Iterable<string>): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => id !== "" && !this.#memory.has(id as RecordId, this.#policy));
    if (wanted.length === 0) return;
    for (const id of await this.#store.load(wanted, this.#policy)) this.#memory.add(id as RecordId, this.#policy);
  }

  /**
   * `preload` for the ids of several documents, asking the store little about a document it has
   * never seen: of a document with more than `SAMPLED_IDS` ids not in memory, a sample (spread over
   * them) is asked first, and the rest only when the store holds one of the sample. A vote's forty
   * boxes arriving for the first time were 10,000 lookups that found nothing (issue 10). A document
   * the device verified a little of before may have those few checked again: the cache is only
   * ever a saving (S8), never a verdict.
   * @throws (as a rejected promise) if the store fails.
   */
  async preloadDocuments(documents: Iterable<Iterable<string>>): Promise<void> {
    const asked = new Set<string>();
    const unknown = (ids: Iterable<string>): string[] => [...new Set(ids)].filter((id) => id !== "" && !asked.has(id) && !this.#memory.has(id as RecordId, this.#policy));
    /** Of each sampled document, the sample asked first and the ids asked only if the store holds one of it. */
    const sampled: { readonly sample: ReadonlySet<string>; readonly rest: readonly string[] }[] = [];
    const first: string[] = [];
    for (const ids of documents) {
      const wanted = unknown(ids);
      for (const id of wanted) asked.add(id);
      if (wanted.length <= SAMPLED_IDS) {
        first.push(...wanted);
        continue;
      }
      const step = wanted.length / SAMPLED_IDS;
      const sample = new Set(Array.from({ length: SAMPLED_IDS }, (_, i) => wanted[Math.floor(i * step)]!));
      first.push(...sample);
      sampled.push({ sample, rest: wanted.filter((id) => !sample.has(id)) });
    }
    if (first.length === 0) return;
    const found = new Set(await this.#store.load(first, this.#policy));
    for (const id of found) this.#memory.add(id as RecordId, this.#policy);
    const rest: string[] = [];
    for (const { sample, rest: others } of sampled) if ([...sample].some((id) => found.has(id))) rest.push(...others);
    if (rest.length === 0) return;
    for (const id of await this.#store.load(rest, this.#policy)) this.#memory.add(id as RecordId, this.#policy);
  }

  /**
   * Saves the ids added since the last flush.
   * @throws (as a rejected promise) if the store fails; the ids stay unsaved for the next flush.
   */
  async flush(): Promise<void> {
    if (this.#unsaved.size === 0) return;
    const ids = [...this.#unsaved];
    await this.#store.save(ids, this.#policy);
    for (const id of ids) this.#unsaved.delete(id);
  }
}
