import type { DocumentId, Repo } from "@automerge/automerge-repo";

/**
 * Writes a document to storage and drops it from the Repo's memory (PROTOCOL.md W3.7).
 *
 * automerge-repo 2.5.6 `removeFromCache` unloads the handle by replacing its document with an
 * empty one, which emits `heads-changed`; the Repo's own save listener then writes that empty
 * document as a snapshot and deletes the stored chunks (measured here: the document is gone
 * from disk ~100 ms later). So the handle's `heads-changed` and `change` listeners are removed
 * first; the handle is discarded anyway. Throws what the flush or the removal throws.
 */
export async function unloadDocument(repo: Repo, documentId: DocumentId): Promise<void> {
  await repo.flush([documentId]);
  const handle = repo.handles[documentId];
  if (!handle?.isReady()) return;
  handle.removeAllListeners("heads-changed");
  handle.removeAllListeners("change");
  await repo.removeFromCache(documentId);
}
