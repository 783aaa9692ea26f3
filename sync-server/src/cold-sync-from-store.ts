import * as A from "@automerge/automerge";
import type { DocumentId } from "@automerge/automerge-repo";
import { headsOfChunks } from "./chunk-heads.js";
import { ChunkError } from "./chunk-format.js";

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
 * the sync data automerge-repo's Repo would send it, a version-2 message whose `changes` are
 * the whole document, built from the stored chunks instead of by loading the document and
 * saving it again (which is most of what a cold sync costs the relay: 80–150 ms for a
 * 10,000-ballot box, measured). Resolves undefined when the store holds nothing of it, or
 * nothing it can read the heads of; the caller then leaves the request to the Repo. A chunk
 * compacted away between listing and reading leaves the peer short, and the sync that follows
 * fills the gap: it is the Repo's, from the peer's next message on.
 */
export function coldSyncFromStore(context: ColdSyncContext): (documentId: DocumentId) => Promise<Uint8Array | undefined> {
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
    // What Automerge 3.5's generateSyncMessage writes for a peer with nothing, but with no
    // bloom filter of our changes: an empty `have` asks the peer to send only what it lacks
    // by name (nothing), so it sends none of the document back.
    const message = { heads, need: [], have: [], changes, type: "v2", supportedCapabilities: ["supports-sync-reset"] };
    return A.encodeSyncMessage(message);
  };
}
