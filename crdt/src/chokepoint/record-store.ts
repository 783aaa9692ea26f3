import type { DocumentUrl, RecordId } from "../records/ids.js";

/**
 * Where a record was found: one record map of one document (PROTOCOL.md D8). A record may be
 * held in several scopes (a proposal's creation record is in its Proposal document and in its
 * chapter's index), and the store remembers each.
 */
export interface RecordScope {
  readonly document: DocumentUrl;
  readonly map: string;
}

/** A record as the store keeps it: its id and canonical text. */
export interface StoredRecord {
  readonly id: RecordId;
  readonly text: string;
}

/**
 * A device's append-only store of records it has verified (D8), kept apart from the
 * documents so that what a vandal deletes or overwrites can be written back (D9).
 * Implementations: `createMemoryRecordStore` here; the renderer's Dexie store. Every
 * implementation runs `recordStoreContract`.
 */
export interface RecordStore {
  /**
   * Adds records found in a scope. Append-only: nothing is ever removed or changed; a
   * (scope, id) pair already held is a no-op. Atomic: if any text does not hash to its id
   * (R3), the promise rejects with a RecordStoreError and nothing of the batch is stored.
   * Resolves to the number of (scope, id) pairs that were new.
   */
  put(scope: RecordScope, records: readonly StoredRecord[]): Promise<number>;
  /** Whether the store holds a record with this id, in any scope. */
  has(id: RecordId): Promise<boolean>;
  /** The text of the record with this id, or undefined. */
  get(id: RecordId): Promise<string | undefined>;
  /** Every record held in a scope, sorted by id (code units). */
  list(scope: RecordScope): Promise<StoredRecord[]>;
}

/** Why a RecordStore refused a put. */
export class RecordStoreError extends Error {
  constructor(
    readonly reason: "wrong-id",
    detail: string,
  ) {
    super(`record store: ${detail}`);
    this.name = "RecordStoreError";
  }
}
