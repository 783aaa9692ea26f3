import type { DocumentId } from "@automerge/automerge-repo";
import type { RelayLogger } from "./relay-logger.js";

export interface MirrorWalkContext {
  /** Ids of the documents in the store. */
  readonly storedDocuments: () => Promise<DocumentId[]>;
  readonly isLoaded: (documentId: DocumentId) => boolean;
  /** Loads a stored document into the Repo, which then syncs it with every mirror (W7.3). */
  readonly load: (documentId: DocumentId) => Promise<void>;
  /** False once the walk should stop (the mirror left, the relay is closing). */
  readonly stillWanted: () => boolean;
  readonly logger: RelayLogger;
}

/**
 * Walks the store when a mirror link comes up (PROTOCOL.md W7.3): every stored document not
 * loaded is loaded, one at a time, so the Repo announces it to the mirror, including
 * documents stored while the mirror was away. Loaded documents are synced by the Repo itself.
 * Never rejects: a document that fails to load is logged and skipped.
 */
export async function walkStoreToMirror(context: MirrorWalkContext): Promise<number> {
  let loaded = 0;
  for (const documentId of await context.storedDocuments()) {
    if (!context.stillWanted()) break;
    if (context.isLoaded(documentId)) continue;
    try {
      await context.load(documentId);
      loaded += 1;
    } catch (error) {
      context.logger({ level: "error", event: "mirror-walk-load-failed", documentId, error: String(error) });
    }
  }
  context.logger({ level: "info", event: "mirror-walk-done", loaded });
  return loaded;
}
