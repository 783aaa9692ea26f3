import type { DocumentId, StorageId, UrlHeads } from "@automerge/automerge-repo";
import type { LocalDb } from "./local-db.js";

/** Per relay storage id, the heads of one document that relay last acknowledged. */
export type AcknowledgedHeads = ReadonlyMap<StorageId, UrlHeads>;

/**
 * Where acknowledged heads are remembered across restarts (so "changes not yet shared" is right
 * after reopening the app offline). Dexie in the app, memory in tests.
 */
export interface SharedHeadsStore {
  /** What was remembered for a document (empty if nothing). Rejects if storage fails. */
  load(documentId: DocumentId): Promise<AcknowledgedHeads>;
  /** Remembers what relays acknowledged for a document. Rejects if storage fails. */
  save(documentId: DocumentId, heads: AcknowledgedHeads): Promise<void>;
}

/** The SharedHeadsStore over the device-local database's `sharedHeads` table. */
export function createDexieSharedHeadsStore(db: LocalDb): SharedHeadsStore {
  return {
    async load(documentId) {
      const row = await db.sharedHeads.get(documentId);
      return new Map(
        Object.entries(row?.byStorage ?? {}).map(([k, v]) => [k as StorageId, [...v] as UrlHeads]),
      );
    },
    async save(documentId, heads) {
      await db.sharedHeads.put({ documentId, byStorage: Object.fromEntries(heads) });
    },
  };
}

/** A SharedHeadsStore in memory; each call returns an independent one. */
export function createMemorySharedHeadsStore(): SharedHeadsStore {
  const rows = new Map<DocumentId, AcknowledgedHeads>();
  return {
    load: (documentId) => Promise.resolve(new Map(rows.get(documentId) ?? [])),
    save(documentId, heads) {
      rows.set(documentId, new Map(heads));
      return Promise.resolve();
    },
  };
}
