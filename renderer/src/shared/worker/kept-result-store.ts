import type { LocalDb } from "../data/local-db.js";

/** A result kept between sessions: the version it was computed at, and the value. */
export interface KeptResult {
  readonly version: string;
  readonly value: unknown;
}

/**
 * Where the worker keeps results between sessions (a reload, the app opened again), one per key
 * (what the result is, e.g. a chapter's proposal index), each with the version it was computed at
 * (the documents' heads): a reader takes a value only at the version it would compute it at. The
 * device's own storage, trusted like the verified-id cache (S8): see ARCHITECTURE "Kept results".
 */
export interface KeptResultStore {
  /** The result kept under `key`, if any. Rejects if storage fails. */
  load(key: string): Promise<KeptResult | undefined>;
  /** Keeps `value` under `key` at `version`, replacing what was kept. Rejects if storage fails. */
  save(key: string, version: string, value: unknown): Promise<void>;
}

/** Kept results in the local database's `keptResults` table. */
export function createDexieKeptResultStore(db: LocalDb, now: () => number): KeptResultStore {
  return {
    async load(key) {
      const row = await db.keptResults.get(key);
      return row === undefined ? undefined : { version: row.version, value: row.value };
    },
    async save(key, version, value) {
      await db.keptResults.put({ key, version, value, keptAt: now() });
    },
  };
}

/** Kept results in memory (tests; a page without IndexedDB): kept as long as the store object lives. */
export function createMemoryKeptResultStore(): KeptResultStore & { readonly kept: ReadonlyMap<string, KeptResult> } {
  const kept = new Map<string, KeptResult>();
  return {
    kept,
    load: (key) => Promise.resolve(kept.get(key)),
    save(key, version, value) {
      // A copy, as IndexedDB keeps one: the caller's value changing later changes nothing kept.
      kept.set(key, { version, value: structuredClone(value) });
      return Promise.resolve();
    },
  };
}
