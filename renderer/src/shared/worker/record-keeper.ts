/**
 * What a device keeps of one document (PROTOCOL.md D8, D9): every signature-valid record found
 * in it or written to it, in the device's append-only store, and which of them the document lost
 * (a vandal's delete or overwrite, merged from any peer), for the page to write back. One per
 * document, in the verification worker, for every document type (ballot boxes included); it
 * looks at the worker's own copy of the document, never at the page's.
 */
import * as A from "@automerge/automerge";
import type { DocumentRead, HeldRecords, RecordStore, StoredRecord } from "@chapterhouse/crdt/chokepoint";
import { mapNames, type DocumentType } from "@chapterhouse/crdt/documents";
import type { DocumentUrl, RecordId } from "@chapterhouse/crdt/records";

/** Records per store put: one IndexedDB transaction each. */
const PUT_BATCH = 500;

/** The records of one document this device has verified, and what the document lost of them. */
export class RecordKeeper {
  readonly url: DocumentUrl;
  readonly type: DocumentType;
  readonly #store: RecordStore;
  /** Per record map, what the store holds for this document (and what was put since). */
  readonly #held = new Map<string, Map<RecordId, StoredRecord>>();
  readonly #loaded: Promise<void>;

  /** Starts loading what the store holds for `url`; a store failure goes to `onError` and leaves nothing held. */
  constructor(store: RecordStore, url: DocumentUrl, type: DocumentType, onError: (error: unknown) => void) {
    this.#store = store;
    this.url = url;
    this.type = type;
    this.#loaded = this.#load().catch(onError);
  }

  /** Resolves once the store's records for the document are held here (never rejects). */
  get loaded(): Promise<void> {
    return this.#loaded;
  }

  /**
   * Keeps records found in, or written to, one map of the document (D8): those not held yet go to
   * the store in batches, then are held for write-back.
   * @throws {RecordStoreError} if a text does not hash to its id (a caller bug); whatever the store's backend throws.
   */
  async keep(map: string, records: readonly StoredRecord[]): Promise<void> {
    await this.#loaded;
    const held = this.#heldIn(map);
    const fresh = records.filter((record) => !held.has(record.id)).map(({ id, text }) => ({ id, text }));
    for (let start = 0; start < fresh.length; start += PUT_BATCH) {
      const batch = fresh.slice(start, start + PUT_BATCH);
      await this.#store.put({ document: this.url, map }, batch);
      for (const record of batch) held.set(record.id, record);
    }
  }

  /** Keeps every signature-valid record of a chokepoint read of the document (D3.7, D8). @throws as `keep`. */
  async remember(read: Pick<DocumentRead, "verified">): Promise<void> {
    for (const [map, records] of Object.entries(read.verified)) await this.keep(map, records);
  }

  /** Whether `id` is held in `map` of the document. */
  holds(map: string, id: RecordId): boolean {
    return this.#held.get(map)?.has(id) === true;
  }

  /**
   * D9: the held records `doc` lacks as the `ImmutableString` of their text, per map — what the
   * page writes back (`writeBackInto`); undefined when nothing is missing (the usual case: looking
   * costs a few ms for 10,000 ballots). Call after `loaded`.
   */
  lostFrom(doc: unknown): HeldRecords | undefined {
    const root = (typeof doc === "object" && doc !== null ? doc : {}) as Record<string, unknown>;
    const lost: Record<string, StoredRecord[]> = {};
    let any = false;
    for (const [map, records] of this.#held) {
      const value = root[map];
      const values = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
      for (const record of records.values()) {
        const current = values[record.id];
        if (A.isImmutableString(current) && current.val === record.text) continue;
        (lost[map] ??= []).push(record);
        any = true;
      }
    }
    return any ? lost : undefined;
  }

  #heldIn(map: string): Map<RecordId, StoredRecord> {
    let held = this.#held.get(map);
    if (held === undefined) this.#held.set(map, (held = new Map<RecordId, StoredRecord>()));
    return held;
  }

  async #load(): Promise<void> {
    for (const map of mapNames(this.type)) {
      const held = this.#heldIn(map);
      for (const record of await this.#store.list({ document: this.url, map })) held.set(record.id, record);
    }
  }
}
