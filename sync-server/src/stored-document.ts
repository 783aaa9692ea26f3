import { createHash } from "node:crypto";
import * as A from "@automerge/automerge";
import type { StorageAdapterInterface, StorageKey } from "@automerge/automerge-repo";
import { concatBytes } from "@chapterhouse/crdt/encoding";

/** A document as the relay's store holds it: the chunks automerge-repo wrote, loaded strictly. */
export interface StoredDocument {
  /** The stored chunks, snapshots first, as automerge-repo reads them. */
  readonly chunks: readonly { readonly key: StorageKey; readonly data: Uint8Array }[];
  readonly doc: A.Doc<unknown>;
}

/** A document in the store whose chunks do not load together (PROTOCOL.md W8.1). */
export class StoredDocumentError extends Error {
  override readonly name = "StoredDocumentError";
}

/**
 * A document's chunks in the relay's store: its `snapshot` then `incremental` chunks (the keys
 * automerge-repo 2.5.6 writes), in the order automerge-repo reads them (W8.1). Throws the
 * storage adapter's errors.
 */
export async function readStoredChunks(storage: StorageAdapterInterface, documentId: string): Promise<StoredDocument["chunks"]> {
  return [...(await storage.loadRange([documentId, "snapshot"])), ...(await storage.loadRange([documentId, "incremental"]))].flatMap(
    (chunk) => (chunk.data === undefined ? [] : [{ key: chunk.key, data: chunk.data }]),
  );
}

/**
 * Reads a document from the relay's store (W8.1): its chunks (`readStoredChunks`),
 * concatenated and loaded with `Automerge.load`, which throws on an incomplete document where
 * automerge-repo's `loadIncremental` would load part of it silently. Undefined when the store
 * holds no chunk of it.
 * @throws {StoredDocumentError} if the chunks do not load; the storage adapter's errors.
 */
export async function readStoredDocument(storage: StorageAdapterInterface, documentId: string): Promise<StoredDocument | undefined> {
  const chunks = await readStoredChunks(storage, documentId);
  if (chunks.length === 0) return undefined;
  try {
    return { chunks, doc: A.load(concatBytes(chunks.map((chunk) => chunk.data))) };
  } catch (error) {
    throw new StoredDocumentError(`stored document ${documentId} does not load: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The key automerge-repo 2.5.6 gives a chunk (its `StorageSubsystem`): a whole document under
 * `[id, "snapshot", sha256hex(heads joined)]`, changes under `[id, "incremental", sha256hex(bytes)]`,
 * so the relay's Repo reads, and later compacts, what an import wrote like its own chunks.
 */
export function chunkKey(documentId: string, kind: "snapshot" | "incremental", doc: A.Doc<unknown>, bytes: Uint8Array): StorageKey {
  const hashed = kind === "snapshot" ? new TextEncoder().encode(A.getHeads(doc).join("")) : bytes;
  return [documentId, kind, createHash("sha256").update(hashed).digest("hex")];
}

