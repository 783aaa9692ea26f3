import type { LocalDb } from "../data/local-db.js";
import type { VerifiedIdStore } from "./persistent-verified-ids.js";

/** Verified ids in the local database's `verifiedIds` table, keyed by [policy, id] (S8). */
export function createDexieVerifiedIdStore(db: LocalDb, now: () => number): VerifiedIdStore {
  return {
    async load(ids, policy) {
      const rows = await db.verifiedIds.bulkGet(ids.map((id): [number, string] => [policy, id]));
      return rows.flatMap((row) => (row === undefined ? [] : [row.id]));
    },
    async save(ids, policy) {
      const verifiedAt = now();
      await db.verifiedIds.bulkPut(ids.map((id) => ({ policy, id, verifiedAt })));
    },
  };
}

/** Verified ids in memory (tests; a page without IndexedDB). */
export function createMemoryVerifiedIdStore(): VerifiedIdStore & { readonly saved: ReadonlySet<string> } {
  const saved = new Set<string>();
  return {
    saved,
    load: (ids, policy) => Promise.resolve(ids.filter((id) => saved.has(`${policy}:${id}`))),
    save(ids, policy) {
      for (const id of ids) saved.add(`${policy}:${id}`);
      return Promise.resolve();
    },
  };
}
