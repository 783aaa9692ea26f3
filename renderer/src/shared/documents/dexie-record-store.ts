import {
  RecordStoreError,
  type RecordScope,
  type RecordStore,
  type StoredRecord,
} from "@chapterhouse/crdt/chokepoint";
import { recordIdOf, type RecordId } from "@chapterhouse/crdt/records";
import { Dexie } from "dexie";
import type { LocalDb, RecordPlacementRow } from "../data/local-db.js";

/**
 * The device's append-only store of verified records (PROTOCOL.md D8) over the local database:
 * each record text once in `records` by id, each (document, map) scope it was found in as a
 * row of `recordPlacements`. Nothing is ever deleted or changed, so what a vandal removes from a
 * document can be written back (D9). Passes crdt's `recordStoreContract` in Chromium.
 */
export function createDexieRecordStore(db: LocalDb): RecordStore {
  return {
    async put(scope: RecordScope, batch: readonly StoredRecord[]): Promise<number> {
      for (const { id, text } of batch) {
        if (typeof text !== "string" || recordIdOf(text) !== id) {
          throw new RecordStoreError("wrong-id", `text of ${String(id)} does not hash to its id`);
        }
      }
      const unique = [...new Map(batch.map((r) => [r.id, r])).values()];
      if (unique.length === 0) return 0;
      // One read-write transaction: IndexedDB runs overlapping ones one after the other, so
      // concurrent puts of the same records count each (scope, id) pair once.
      return db.transaction("rw", db.records, db.recordPlacements, async () => {
        const placements = unique.map((r): RecordPlacementRow => ({
          document: scope.document,
          map: scope.map,
          id: r.id,
        }));
        const placed = await db.recordPlacements.bulkGet(
          placements.map((p): [string, string, string] => [p.document, p.map, p.id]),
        );
        const newPlacements = placements.filter((_, index) => placed[index] === undefined);
        const held = await db.records.bulkGet(unique.map((r) => r.id));
        const newRecords = unique
          .filter((_, index) => held[index] === undefined)
          .map((r) => ({ id: r.id, text: r.text }));
        if (newRecords.length > 0) await db.records.bulkAdd(newRecords);
        if (newPlacements.length > 0) await db.recordPlacements.bulkAdd(newPlacements);
        return newPlacements.length;
      });
    },

    async has(id: RecordId): Promise<boolean> {
      return (await db.records.get(id)) !== undefined;
    },

    async get(id: RecordId): Promise<string | undefined> {
      return (await db.records.get(id))?.text;
    },

    async list(scope: RecordScope): Promise<StoredRecord[]> {
      // The compound key sorts by id in code-unit order, as the contract asks.
      const placements = await db.recordPlacements
        .where("[document+map+id]")
        .between([scope.document, scope.map, Dexie.minKey], [scope.document, scope.map, Dexie.maxKey])
        .toArray();
      const rows = await db.records.bulkGet(placements.map((p) => p.id));
      return placements.map((p, index): StoredRecord => ({
        id: p.id as RecordId,
        text: rows[index]?.text ?? "",
      }));
    },
  };
}
