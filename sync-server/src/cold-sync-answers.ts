import type { DocumentId } from "@automerge/automerge-repo";
import type { WholeDocument } from "./whole-document-frame.js";

/** Where the bytes of a kept answer are counted (PROTOCOL.md W3.9): the relay's ledger. */
export interface AnswerRoom {
  /** True if the relay's Repo holds `documentId` in memory as W3.9 counts it. */
  isInMemory(documentId: DocumentId): boolean;
  /** Counts `bytes` more in memory and returns true if they fit under the relay's bound; else counts nothing. */
  hold(bytes: number): boolean;
  /** Stops counting `bytes` held before. */
  release(bytes: number): void;
}

/** Where an answer came from: kept in memory since an earlier read, or read from the store now. */
export type AnswerSource = "memory" | "store";

/** A read of a document's answer from the store, and whether a write made it out of date. */
interface Reading {
  readonly promise: Promise<WholeDocument | undefined>;
  stale: boolean;
}

/**
 * The relay's answers to cold syncs (PROTOCOL.md W1.8) of documents it holds in memory, kept
 * between requests so that the next peer with nothing is answered without reading and parsing
 * the store again. An answer is the document's stored chunks and their heads as read from the
 * store; it is kept only while the document is in memory (W3.9 counts it: `AnswerRoom`), and
 * dropped as soon as any write to the document's chunks starts or ends (`changed`), so a kept
 * answer is always what reading the store now would give. Requests arriving while a read is
 * in flight share it, unless a write began meanwhile.
 */
export class ColdSyncAnswers {
  readonly #kept = new Map<DocumentId, { readonly whole: WholeDocument; readonly bytes: number }>();
  readonly #reading = new Map<DocumentId, Reading>();

  constructor(private readonly room: AnswerRoom) {}

  /**
   * The answer for `documentId` and where it came from: the kept one, else the one `read`
   * resolves with (a read already in flight is shared), kept if the document is in memory and
   * its bytes fit. Rejects if `read` rejects.
   */
  async answer(documentId: DocumentId, read: () => Promise<WholeDocument | undefined>): Promise<{ whole: WholeDocument | undefined; from: AnswerSource }> {
    const kept = this.#kept.get(documentId);
    if (kept !== undefined) return { whole: kept.whole, from: "memory" };
    let reading = this.#reading.get(documentId);
    if (reading === undefined) {
      const started: Reading = { promise: read(), stale: false };
      reading = started;
      this.#reading.set(documentId, started);
      const done = () => {
        if (this.#reading.get(documentId) === started) this.#reading.delete(documentId);
      };
      started.promise.then((whole) => {
        done();
        if (whole !== undefined && !started.stale) this.#keep(documentId, whole);
      }, done);
    }
    return { whole: await reading.promise, from: "store" };
  }

  /** A write to the document's chunks starts or ends: its kept answer and any read in flight are out of date. */
  changed(documentId: DocumentId): void {
    this.drop(documentId);
    const reading = this.#reading.get(documentId);
    if (reading === undefined) return;
    reading.stale = true;
    this.#reading.delete(documentId);
  }

  /** The document left memory (W3.7, W3.9): its answer is no longer kept. */
  drop(documentId: DocumentId): void {
    const kept = this.#kept.get(documentId);
    if (kept === undefined) return;
    this.#kept.delete(documentId);
    this.room.release(kept.bytes);
  }

  /** Drops every kept answer (the relay needs the room, W3.9). */
  clear(): void {
    for (const documentId of [...this.#kept.keys()]) this.drop(documentId);
  }

  /** Bytes of the answers kept now. */
  get keptBytes(): number {
    let bytes = 0;
    for (const kept of this.#kept.values()) bytes += kept.bytes;
    return bytes;
  }

  #keep(documentId: DocumentId, whole: WholeDocument): void {
    if (this.#kept.has(documentId) || !this.room.isInMemory(documentId)) return;
    const bytes = answerBytes(whole);
    if (!this.room.hold(bytes)) return;
    this.#kept.set(documentId, { whole, bytes });
  }
}

/** What a kept answer counts (W3.9): its chunks' bytes and its heads' 32 bytes each. */
export function answerBytes(whole: WholeDocument): number {
  return whole.chunks.reduce((sum, chunk) => sum + chunk.length, 0) + whole.heads.length * 32;
}
