import type { DocumentId, Repo, UrlHeads } from "@automerge/automerge-repo";

/**
 * Resolves once the relay's Repo holds `documentId` ready at exactly `heads`: rechecked on
 * each of the Repo's document events (no polling timer).
 */
export function waitForRelayHeads(repo: Repo, documentId: DocumentId, heads: UrlHeads): Promise<void> {
  const wanted = [...heads].sort().join(",");
  return new Promise((resolve) => {
    const check = () => {
      const handle = repo.handles[documentId];
      if (handle?.isReady() && [...handle.heads()].sort().join(",") === wanted) {
        repo.off("doc-metrics", onEvent);
        resolve();
      }
    };
    // Metrics are emitted just before the document is updated: check once it has been.
    const onEvent = () => setImmediate(check);
    repo.on("doc-metrics", onEvent);
    check();
  });
}
