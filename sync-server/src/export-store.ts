import { encodeDocumentBundle, type BundledDocument } from "@chapterhouse/crdt/bundle";
import * as A from "@automerge/automerge";
import type { CrashSafeStorageAdapter } from "./crash-safe-storage-adapter.js";
import { isWellFormedDocumentId } from "./message-guard.js";
import { readStoredDocument } from "./stored-document.js";

/** What an export wrote. */
export interface StoreExport {
  readonly bundle: Uint8Array;
  readonly documents: readonly BundledDocument[];
}

/** A document asked for that the store does not hold, or an id no relay could hold. */
export class UnknownDocumentError extends Error {
  override readonly name = "UnknownDocumentError";
}

/**
 * Exports documents of a relay's store as one bundle (PROTOCOL.md W8.2, B1): the ones named,
 * or every stored document. Each is loaded strictly and written as `Automerge.save` output.
 * @throws {UnknownDocumentError} for a named id that is malformed or not stored.
 * @throws {StoredDocumentError} if a stored document does not load.
 * @throws {BundleError} ("too-large") past the bundle's limit of 10,000 documents.
 */
export async function exportStore(storage: CrashSafeStorageAdapter, documentIds?: readonly string[]): Promise<StoreExport> {
  const wanted = documentIds === undefined || documentIds.length === 0 ? (await storage.firstKeyParts()).filter(isWellFormedDocumentId) : [...new Set(documentIds)];
  const documents: BundledDocument[] = [];
  for (const documentId of wanted) {
    if (!isWellFormedDocumentId(documentId)) throw new UnknownDocumentError(`${JSON.stringify(documentId)} is not a document id`);
    const stored = await readStoredDocument(storage, documentId);
    if (stored === undefined) {
      // Listed from the store but holding no document chunk (only sync state, say): skip it.
      if (documentIds === undefined || documentIds.length === 0) continue;
      throw new UnknownDocumentError(`document ${documentId} is not in the store`);
    }
    documents.push({ documentId, bytes: A.save(stored.doc) });
  }
  return { bundle: encodeDocumentBundle(documents), documents };
}
