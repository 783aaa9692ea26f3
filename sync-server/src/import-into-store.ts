import * as A from "@automerge/automerge";
import type { BundledDocument } from "@chapterhouse/crdt/bundle";
import type { StorageAdapterInterface, StorageKey } from "@automerge/automerge-repo";
import { ChunkError, inspectChunks } from "./chunk-inspector.js";
import type { RelayLimits } from "./limits.js";
import { isWellFormedDocumentId } from "./message-guard.js";
import { chunkKey, readStoredDocument } from "./stored-document.js";

/** What an import did to one document. */
export interface StoreImportOutcome {
  readonly documentId: string;
  /** `new`: not stored before; `merged`: the store lacked `changes` changes; `unchanged`: it had them all. */
  readonly status: "new" | "merged" | "unchanged";
  readonly changes: number;
}

/** A bundle the relay will not take although it decodes: nothing was written. */
export class ImportRefusedError extends Error {
  override readonly name = "ImportRefusedError";
}

type StoreLimits = Pick<RelayLimits, "maxDocumentBytes" | "maxDocumentOps" | "maxInflatedBytesInMemory">;

interface PlannedWrite {
  readonly outcome: StoreImportOutcome;
  readonly key?: StorageKey;
  readonly chunk?: Uint8Array;
}

/**
 * Merges the documents of a bundle into a relay's store (PROTOCOL.md W8.3). `documents` come
 * from `decodeDocumentBundle` (strict, B3); every one is merged in memory and checked against
 * the relay's document limits (W3.4, counted as the relay counts stored chunks) before the
 * first write, so a refused import writes nothing. A new document is written as one snapshot chunk; a
 * stored one gains one incremental chunk of the changes it lacked (nothing is removed).
 * @throws {ImportRefusedError} for a document id the relay cannot serve, or a document the
 *   import would take past `maxDocumentBytes` or `maxDocumentOps`.
 * @throws {StoredDocumentError} if a stored copy does not load (it is left as it is).
 * @throws the storage adapter's errors while writing (chunks written before stay: each is whole).
 */
export async function importIntoStore(
  storage: StorageAdapterInterface,
  documents: readonly BundledDocument[],
  limits: StoreLimits,
): Promise<StoreImportOutcome[]> {
  const writes: PlannedWrite[] = [];
  for (const { documentId, bytes } of documents) {
    if (!isWellFormedDocumentId(documentId)) throw new ImportRefusedError(`${documentId} is not a document id a relay serves (W2.2)`);
    const incoming = A.load(bytes);
    const stored = await readStoredDocument(storage, documentId);
    if (stored === undefined) {
      checkLimits(documentId, [bytes], limits);
      const outcome: StoreImportOutcome = { documentId, status: "new", changes: A.getAllChanges(incoming).length };
      writes.push({ outcome, key: chunkKey(documentId, "snapshot", incoming, bytes), chunk: bytes });
      continue;
    }
    const merged = A.merge(A.clone(stored.doc), incoming);
    const added = A.getChanges(stored.doc, merged).length;
    if (added === 0) {
      writes.push({ outcome: { documentId, status: "unchanged", changes: 0 } });
      continue;
    }
    const chunk = A.saveSince(merged, A.getHeads(stored.doc));
    checkLimits(documentId, [...stored.chunks.map((c) => c.data), chunk], limits);
    writes.push({ outcome: { documentId, status: "merged", changes: added }, key: chunkKey(documentId, "incremental", merged, chunk), chunk });
  }
  for (const { key, chunk } of writes) {
    if (key !== undefined && chunk !== undefined) await storage.save(key, chunk);
  }
  return writes.map((write) => write.outcome);
}

/** W3.4: the bytes and operations of the chunks a document would be stored as. */
function checkLimits(documentId: string, chunks: readonly Uint8Array[], limits: StoreLimits): void {
  let bytes = 0;
  let ops = 0;
  for (const chunk of chunks) {
    bytes += chunk.length;
    try {
      // A document the relay could never hold in memory (W3.9) is refused like a malformed one.
      ops += inspectChunks(chunk, { maxInflatedBytes: limits.maxInflatedBytesInMemory }).ops;
    } catch (error) {
      if (error instanceof ChunkError) throw new ImportRefusedError(`document ${documentId}: ${error.message}`);
      throw error;
    }
  }
  if (bytes > limits.maxDocumentBytes) {
    throw new ImportRefusedError(`document ${documentId} would hold ${bytes} bytes, over the limit of ${limits.maxDocumentBytes} (--max-document-bytes)`);
  }
  if (ops > limits.maxDocumentOps) {
    throw new ImportRefusedError(`document ${documentId} would hold ${ops} operations, over the limit of ${limits.maxDocumentOps} (--max-document-ops)`);
  }
}
