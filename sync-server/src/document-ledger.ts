import type { DocumentId } from "@automerge/automerge-repo";
import { ChunkError, inspectChunks } from "./chunk-inspector.js";
import type { RelayLimits } from "./limits.js";
import type { DocumentCost } from "./wire-messages.js";

/** What the relay counts against one document's limits (PROTOCOL.md W3.4, W3.9). */
export interface LedgerEntry {
  /** True once the document is stored or some peer's message about it was admitted. */
  known: boolean;
  bytes: number;
  ops: number;
  /** Inflated size: of its stored chunks, plus the changes of every admitted message (W3.9). */
  inflated: number;
  /** True once a message brought it into the Repo's memory: `inflated` counts there (W3.9). */
  inMemory: boolean;
}

/** The stored chunks of a document (its snapshots and incremental changes). */
export type LoadStoredChunks = (documentId: DocumentId) => Promise<Uint8Array[]>;

/** Which per-document limit a message would break (W3.4). */
export type DocumentExcess = "bytes" | "ops";

/** An entry as it is being read from storage, and once read. */
interface Slot {
  readonly promise: Promise<LedgerEntry>;
  value: LedgerEntry | undefined;
}

/**
 * Running totals per document (W3.4): bytes and operations, started from what storage holds
 * the first time a document is touched and increased by every admitted sync message; and the
 * inflated size of what the relay holds in memory for its peers, per document and in all
 * (W3.9), released when a document leaves memory (`forget`). Documents in memory are always
 * tracked; of the others, at most `maxEntries` are, the least recently touched forgotten first
 * and re-read from storage when touched again.
 */
export class DocumentLedger {
  readonly #inMemory = new Map<DocumentId, Slot>();
  readonly #others = new Map<DocumentId, Slot>();
  #inMemoryBytes = 0;
  /** Bytes the relay keeps in memory beside its documents: their cold-sync answers (W1.8, W3.9). */
  #besideBytes = 0;

  constructor(
    private readonly loadStored: LoadStoredChunks,
    private readonly limits: Pick<RelayLimits, "maxDocumentBytes" | "maxDocumentOps" | "maxInflatedBytesInMemory">,
    private readonly maxEntries = 10_000,
  ) {}

  /** What the relay holds in memory (W3.9): the inflated size of all documents in memory, and what it keeps beside them. */
  get inMemoryBytes(): number {
    return this.#inMemoryBytes + this.#besideBytes;
  }

  /** True if `documentId` is in memory as W3.9 counts it (a message brought it there). */
  isInMemory(documentId: DocumentId): boolean {
    return this.#inMemory.has(documentId);
  }

  /**
   * Counts `bytes` the relay keeps beside its documents (a cold-sync answer, W1.8) and returns
   * true, if they fit under `maxInflatedBytesInMemory` with everything else; else counts nothing.
   */
  holdBeside(bytes: number): boolean {
    if (this.inMemoryBytes + bytes > this.limits.maxInflatedBytesInMemory) return false;
    this.#besideBytes += bytes;
    return true;
  }

  /** Stops counting `bytes` kept beside the documents (`holdBeside`). */
  releaseBeside(bytes: number): void {
    this.#besideBytes = Math.max(0, this.#besideBytes - bytes);
  }

  /** The entry of a document, read from storage on first touch. Rejects if storage fails. */
  entry(documentId: DocumentId): Promise<LedgerEntry> {
    const resident = this.#inMemory.get(documentId);
    if (resident) return resident.promise;
    let slot = this.#others.get(documentId);
    if (slot) {
      this.#others.delete(documentId); // re-inserted below: most recently touched last
    } else {
      const read: Slot = {
        promise: this.#fromStorage(documentId).then((value) => (read.value = value)),
        value: undefined,
      };
      read.promise.catch(() => {
        if (this.#others.get(documentId) === read) this.#others.delete(documentId);
      });
      slot = read;
    }
    this.#others.set(documentId, slot);
    while (this.#others.size > this.maxEntries) {
      const oldest = this.#others.keys().next().value as DocumentId;
      this.#others.delete(oldest);
    }
    return slot.promise;
  }

  /** Which per-document limit `cost` would take `entry` past, if any (W3.4). */
  excess(entry: LedgerEntry, cost: Pick<DocumentCost, "bytes" | "ops">): DocumentExcess | undefined {
    if (entry.bytes + cost.bytes > this.limits.maxDocumentBytes) return "bytes";
    if (entry.ops + cost.ops > this.limits.maxDocumentOps) return "ops";
    return undefined;
  }

  /** What admitting `cost` would add to the inflated size in memory: all of `entry` if it is not there yet (W3.9). */
  growth(entry: LedgerEntry, cost: Pick<DocumentCost, "inflated">): number {
    return (entry.inMemory ? 0 : entry.inflated) + cost.inflated;
  }

  /**
   * Adds `cost` to `entry` (the entry of `documentId`, checked with `excess` first), marks the
   * document known and in memory, and counts the growth in memory. An entry forgotten
   * meanwhile is tracked again.
   */
  charge(documentId: DocumentId, entry: LedgerEntry, cost: Pick<DocumentCost, "bytes" | "ops" | "inflated">): void {
    this.#inMemoryBytes += this.growth(entry, cost);
    entry.bytes += cost.bytes;
    entry.ops += cost.ops;
    entry.inflated += cost.inflated;
    entry.known = true;
    entry.inMemory = true;
    this.#others.delete(documentId);
    if (this.#inMemory.get(documentId)?.value !== entry) {
      this.#release(documentId);
      this.#inMemory.set(documentId, { promise: Promise.resolve(entry), value: entry });
    }
  }

  /** Stops tracking a document, releasing what it counted in memory (it was unloaded or dropped). */
  forget(documentId: DocumentId): void {
    this.#release(documentId);
    this.#others.delete(documentId);
  }

  /** Stops tracking a document that is neither stored nor named by an admitted message (W3.8). */
  forgetIfUnknown(documentId: DocumentId): void {
    const value = this.#others.get(documentId)?.value;
    if (value !== undefined && !value.known) this.#others.delete(documentId);
  }

  /** Number of documents tracked. */
  get size(): number {
    return this.#inMemory.size + this.#others.size;
  }

  #release(documentId: DocumentId): void {
    const entry = this.#inMemory.get(documentId)?.value;
    if (entry === undefined) return;
    this.#inMemory.delete(documentId);
    this.#inMemoryBytes -= entry.inflated;
    entry.inMemory = false;
  }

  async #fromStorage(documentId: DocumentId): Promise<LedgerEntry> {
    const chunks = await this.loadStored(documentId);
    let bytes = 0;
    let ops = 0;
    let inflated = 0;
    for (const chunk of chunks) {
      bytes += chunk.length;
      try {
        const cost = inspectChunks(chunk, { maxInflatedBytes: this.limits.maxInflatedBytesInMemory });
        ops += cost.ops;
        inflated += cost.inflatedSize;
      } catch (error) {
        // Stored data passed the guard on its way in; if it no longer parses, count it as full
        // so the document can't grow, rather than as empty; if it inflates past what the
        // relay may hold, count it as that much, so it is never loaded for a peer.
        if (!(error instanceof ChunkError)) throw error;
        ops = this.limits.maxDocumentOps;
        inflated += error.tooLarge ? this.limits.maxInflatedBytesInMemory : chunk.length;
      }
    }
    return { known: chunks.length > 0, bytes, ops, inflated, inMemory: false };
  }
}
