import type { DocumentId } from "@automerge/automerge-repo";
import { headsOfChunks } from "./chunk-heads.js";
import { ChunkError } from "./chunk-format.js";
import type { WholeDocument } from "./whole-document-frame.js";

export interface ColdSyncContext {
  /** A document's stored chunks, snapshots first (`readStoredChunks`). */
  readonly storedChunks: (documentId: DocumentId) => Promise<readonly { readonly data: Uint8Array }[]>;
  /** Resolves once what the relay holds of the document in memory is stored (W5.6). */
  readonly whenDurable: (documentId: DocumentId) => Promise<void>;
  /** Bound on inflating a compressed change to hash it (W3.9). */
  readonly maxInflatedBytes: number;
}

/**
 * Answers a peer that has nothing of a document from the relay's store (PROTOCOL.md W1.8):
 * the whole document as its stored chunks and their heads, which `wholeDocumentFrame` writes
 * as the version-2 sync message automerge-repo's Repo would send it, instead of loading the
 * document and saving it again (which is most of what a cold sync costs the relay: 80–150 ms
 * for a 10,000-ballot box, measured). Resolves undefined when the store holds nothing of it, or
 * nothing it can read the heads of; the caller then leaves the request to the Repo. A chunk
 * compacted away between listing and reading leaves the peer short, and the sync that follows
 * fills the gap: it is the Repo's, from the peer's next message on.
 */
export function coldSyncFromStore(context: ColdSyncContext): (documentId: DocumentId) => Promise<WholeDocument | undefined> {
  return async (documentId) => {
    await context.whenDurable(documentId);
    const changes = (await context.storedChunks(documentId)).map((chunk) => chunk.data);
    if (changes.length === 0) return undefined;
    let heads: string[];
    try {
      heads = headsOfChunks(changes, { maxInflatedBytes: context.maxInflatedBytes });
    } catch (error) {
      if (error instanceof ChunkError) return undefined;
      throw error;
    }
    return { heads, chunks: changes };
  };
}
