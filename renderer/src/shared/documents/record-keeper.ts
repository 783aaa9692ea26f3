/**
 * What a device keeps of one document (PROTOCOL.md D8, D9): every signature-valid record found
 * in it or written to it, in the device's append-only store, and the write-back of any of them
 * the document lost (a vandal's delete or overwrite, merged from any peer). One per open
 * document, shared by every session that follows documents (organisation, proposal, ballot boxes).
 */
import * as A from "@automerge/automerge";
import type { DocHandle } from "@automerge/automerge-repo";
import {
  mapNames,
  writeBackInto,
  type DocumentRead,
  type DocumentType,
  type DocumentUrl,
  type RecordId,
  type RecordStore,
  type StoredRecord,
} from "@chapterhouse/crdt";
import { yieldToEventLoop } from "./yield-to-event-loop.js";

/** Records per store put: a few milliseconds of hashing on a phone. */
const PUT_BATCH = 500;

/** The records of one document this device has verified, and their write-back. */
export class RecordKeeper {
  readonly url: DocumentUrl;
  readonly type: DocumentType;
  readonly #store: RecordStore;
  /** Per record map, what the store holds for this document (and what was put since). */
  readonly #held = new Map<string, Map<RecordId, StoredRecord>>();
  readonly #loaded: Promise<void>;
  #isLoaded = false;
  /** Heads last written back at, so an unchanged document is not walked again. */
  #lastHeads = "";

  /** Starts loading what the store holds for `url`; a store failure goes to `onError` and leaves nothing held. */
  constructor(store: RecordStore, url: DocumentUrl, type: DocumentType, onError: (error: unknown) => void) {
    this.#store = store;
    this.url = url;
    this.type = type;
    this.#loaded = this.#load()
      .catch(onError)
      .finally(() => (this.#isLoaded = true));
  }

  /** Resolves once the store's records for the document are held here (never rejects). */
  get loaded(): Promise<void> {
    return this.#loaded;
  }

  /**
   * Keeps records found in, or written to, one map of the document (D8): those not held yet go to
   * the store, then are held for write-back. Put in batches, so that the store's hashing of
   * thousands of ballots (D8.4) never holds the page for long.
   * @throws {RecordStoreError} if a text does not hash to its id (a caller bug); whatever the store's backend throws.
   */
  async keep(map: string, records: readonly StoredRecord[]): Promise<void> {
    const held = this.#heldIn(map);
    const fresh = records.filter((record) => !held.has(record.id)).map(({ id, text }) => ({ id, text }));
    for (let start = 0; start < fresh.length; start += PUT_BATCH) {
      const batch = fresh.slice(start, start + PUT_BATCH);
      await this.#store.put({ document: this.url, map }, batch);
      for (const record of batch) held.set(record.id, record);
      if (start + PUT_BATCH < fresh.length) await yieldToEventLoop();
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
   * D9: puts back, in one change, every held record the document lost; no change when nothing is
   * missing or the heads did not move since the last write-back. Does nothing before the store's
   * records are loaded (the caller reads again once `loaded` resolves). Returns the ids written.
   */
  writeBack<T>(handle: DocHandle<T>): readonly RecordId[] {
    if (!this.#isLoaded || !handle.isReady()) return [];
    const heads = handle.heads().join(",");
    if (heads === this.#lastHeads) return [];
    this.#lastHeads = heads;
    // Looking costs a few ms for 10,000 ballots; a change proxy walking them, over 100 ms.
    if (!this.#lost(handle.doc())) return [];
    const held = Object.fromEntries([...this.#held].map(([map, records]) => [map, [...records.values()]]));
    let repaired: RecordId[] = [];
    handle.change(
      (doc) => {
        repaired = writeBackInto(this.type, doc, held);
      },
      { message: `write back ${this.type.name} records`, time: undefined },
    );
    this.#lastHeads = handle.heads().join(",");
    return repaired;
  }

  /** Whether the document lacks any held record as the `ImmutableString` of its text (what D9 repairs). */
  #lost(doc: unknown): boolean {
    const root = (typeof doc === "object" && doc !== null ? doc : {}) as Record<string, unknown>;
    for (const [map, records] of this.#held) {
      const value = root[map];
      const values = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
      for (const { id, text } of records.values()) {
        const current = values[id];
        if (!A.isImmutableString(current) || current.val !== text) return true;
      }
    }
    return false;
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
