import type { DocumentId } from "@automerge/automerge-repo";
import { ChunkError, inspectChunks } from "./chunk-inspector.js";
import type { RelayLimits } from "./limits.js";
import type { DocumentCost } from "./wire-messages.js";

/** What the relay counts against one document's limits (PROTOCOL.md W3.4). */
export interface LedgerEntry {
  /** True once the document is stored or some peer's message about it was admitted. */
  known: boolean;
  bytes: number;
  ops: number;
}

/** The stored chunks of a document (its snapshots and incremental changes). */
export type LoadStoredChunks = (documentId: DocumentId) => Promise<Uint8Array[]>;

/**
 * Running totals of bytes and operations per document (W3.4): started from what storage
 * holds the first time a document is touched, then increased by every admitted sync message.
 * At most `maxEntries` documents are tracked; the least recently touched is forgotten and
 * re-read from storage when touched again.
 */
/** A ledger entry as it is being read from storage, and once read. */
interface Slot {
  readonly promise: Promise<LedgerEntry>;
  value: LedgerEntry | undefined;
}

export class DocumentLedger {
  readonly #entries = new Map<DocumentId, Slot>();

  constructor(
    private readonly loadStored: LoadStoredChunks,
    private readonly limits: Pick<RelayLimits, "maxDocumentBytes" | "maxDocumentOps" | "maxInflatedBytes">,
    private readonly maxEntries = 10_000,
  ) {}

  /** The entry of a document, read from storage on first touch. Rejects if storage fails. */
  entry(documentId: DocumentId): Promise<LedgerEntry> {
    let slot = this.#entries.get(documentId);
    if (slot) {
      this.#entries.delete(documentId); // re-inserted below: most recently touched last
    } else {
      const read: Slot = {
        promise: this.#fromStorage(documentId).then((value) => (read.value = value)),
        value: undefined,
      };
      read.promise.catch(() => {
        if (this.#entries.get(documentId) === read) this.#entries.delete(documentId);
      });
      slot = read;
    }
    this.#entries.set(documentId, slot);
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value as DocumentId;
      this.#entries.delete(oldest);
    }
    return slot.promise;
  }

  /**
   * Adds `cost` to `entry` (the entry of `documentId`) if that keeps it within the limits, and
   * marks the document known; an entry forgotten meanwhile is tracked again. Returns which
   * limit it would break instead (and adds nothing).
   */
  charge(documentId: DocumentId, entry: LedgerEntry, cost: Pick<DocumentCost, "bytes" | "ops">): "ok" | "bytes" | "ops" {
    if (entry.bytes + cost.bytes > this.limits.maxDocumentBytes) return "bytes";
    if (entry.ops + cost.ops > this.limits.maxDocumentOps) return "ops";
    entry.bytes += cost.bytes;
    entry.ops += cost.ops;
    entry.known = true;
    if (this.#entries.get(documentId)?.value !== entry) this.#entries.set(documentId, { promise: Promise.resolve(entry), value: entry });
    return "ok";
  }

  /** Stops tracking a document (after it was unloaded). */
  forget(documentId: DocumentId): void {
    this.#entries.delete(documentId);
  }

  /** Stops tracking a document that is neither stored nor named by an admitted message (W3.8). */
  forgetIfUnknown(documentId: DocumentId): void {
    const value = this.#entries.get(documentId)?.value;
    if (value !== undefined && !value.known) this.#entries.delete(documentId);
  }

  /** Number of documents tracked. */
  get size(): number {
    return this.#entries.size;
  }

  async #fromStorage(documentId: DocumentId): Promise<LedgerEntry> {
    const chunks = await this.loadStored(documentId);
    let bytes = 0;
    let ops = 0;
    for (const chunk of chunks) {
      bytes += chunk.length;
      try {
        ops += inspectChunks(chunk, { maxInflatedBytes: this.limits.maxInflatedBytes }).ops;
      } catch (error) {
        // Stored data passed the guard on its way in; if it no longer parses, count it as full
        // so the document can't grow, rather than as empty.
        if (!(error instanceof ChunkError)) throw error;
        ops = this.limits.maxDocumentOps;
      }
    }
    return { known: chunks.length > 0, bytes, ops };
  }
}
