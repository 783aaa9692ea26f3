import * as A from "@automerge/automerge";
import { encodeHeads, type DocumentId, type Repo, type UrlHeads } from "@automerge/automerge-repo";
import { waitForRelayHeads } from "./wait-for-relay-heads.js";

/**
 * Resolves once every repo in `repos` holds every document of `documentIds` at the same heads:
 * the heads of the union of what those repos hold when it is called, so call it once every
 * change in question has been made (by a device among `repos`). Waits on the Repos' document
 * events (`waitForRelayHeads`), never on a timer; after `deadlineMs` it rejects naming the
 * repos still behind, so a sync that never happens fails with a reason rather than a timeout.
 * @throws {Error} (as a rejected promise) if no repo holds a document, or at the deadline.
 */
export async function waitForConvergence(repos: readonly Repo[], documentIds: readonly DocumentId[], deadlineMs = 10_000): Promise<void> {
  const pending = new Set<string>();
  const waits = documentIds.flatMap((documentId) => {
    const heads = unionHeads(repos, documentId);
    return repos.map(async (repo) => {
      const label = `${repo.peerId} lacks ${documentId} at ${heads.join(",")}`;
      pending.add(label);
      await waitForRelayHeads(repo, documentId, heads);
      pending.delete(label);
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no convergence after ${deadlineMs} ms: ${[...pending].join("; ")}`)), deadlineMs);
  });
  try {
    await Promise.race([Promise.all(waits), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The heads of the merge of every ready copy of `documentId` among `repos`. */
function unionHeads(repos: readonly Repo[], documentId: DocumentId): UrlHeads {
  let union: A.Doc<unknown> | undefined;
  for (const repo of repos) {
    const handle = repo.handles[documentId];
    if (handle?.isReady() !== true) continue;
    union = union === undefined ? A.clone(handle.doc()) : A.merge(union, handle.doc());
  }
  if (union === undefined) throw new Error(`no repo holds ${documentId}`);
  return encodeHeads(A.getHeads(union));
}
