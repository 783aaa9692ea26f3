import type { DocumentId } from "@automerge/automerge-repo";
import { headsOfChunks } from "./chunk-heads.js";
import { ChunkError } from "./chunk-format.js";
import type { AnswerSource, ColdSyncAnswers } from "./cold-sync-answers.js";
import type { WholeDocument } from "./whole-document-frame.js";

export interface ColdSyncContext {
  /** A document's stored chunks, snapshots first (`readStoredChunks`). */
  readonly storedChunks: (documentId: DocumentId) => Promise<readonly { readonly data: Uint8Array }[]>;
  /** Resolves once what the relay holds of the document in memory is stored (W5.6). */
  readonly whenDurable: (documentId: DocumentId) => Promise<void>;
  /** Bound on inflating a compressed change to hash it (W3.9). */
  readonly maxInflatedBytes: number;
  /** Answers kept between requests (W1.8); without them, every request reads the store. */
  readonly answers?: ColdSyncAnswers;
  /** Called with each answer given, and where it came from. */
  readonly onAnswered?: (from: AnswerSource) => void;
}

/**
 * Answers a peer that has nothing of a document from the relay's store (PROTOCOL.md W1.8):
 * the whole document as its stored chunks and their heads, which `wholeDocumentFrame` writes
 * as the version-2 sync message automerge-repo's Repo would send it, instead of loading the
 * document and saving it again (which is most of what a cold sync costs the relay: 80–150 ms
 * for a 10,000-ballot box, measured). The answer of a document in memory is kept until its
 * stored chunks change (`ColdSyncAnswers`), so the next peer is answered without reading the
 * store. Resolves undefined when the store holds nothing of it, or nothing it can read the
 * heads of; the caller then leaves the request to the Repo. A chunk compacted away between
 * listing and reading leaves the peer short, and the sync that follows fills the gap: it is
 * the Repo's, from the peer's next message on.
 */
export function coldSyncFromStore(context: ColdSyncContext): (documentId: DocumentId) => Promise<WholeDocument | undefined> {
  const read = async (documentId: DocumentId): Promise<WholeDocument | undefined> => {
    const changes = (await context.storedChunks(documentId)).map((chunk) => chunk.data);
    if (changes.length === 0) return undefined;
    try {
      return { heads: headsOfChunks(changes, { maxInflatedBytes: context.maxInflatedBytes }), chunks: changes };
    } catch (error) {
      if (error instanceof ChunkError) return undefined;
      throw error;
    }
  };
  return async (documentId) => {
    await context.whenDurable(documentId);
    const { whole, from } =
      context.answers === undefined ? { whole: await read(documentId), from: "store" as const } : await context.answers.answer(documentId, () => read(documentId));
    if (whole !== undefined) context.onAnswered?.(from);
    return whole;
  };
}
