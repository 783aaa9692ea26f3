/**
 * Finding a document on this device without waiting on the network for long. automerge-repo's
 * `find` first loads the document from local storage and only then asks connected peers; a
 * relay that does not hold it answers "unavailable" soon, a slow one may not. Sync by file is
 * about what this device holds, so a find that takes longer than `timeoutMs` counts as "not
 * held" (the storage load has happened by then).
 */
import type { DocHandle, DocumentId, Repo } from "@automerge/automerge-repo";

/** How long a find may wait for the network before the document counts as not held. */
export const FIND_TIMEOUT_MS = 3_000;

/**
 * The handle of `id`, found in memory or storage (or from a peer within `timeoutMs`), whatever
 * its state: "ready" when the device holds the document, else "unavailable" or still asking.
 * Never rejects: a failed find gives undefined.
 */
export async function findHandle(repo: Repo, id: DocumentId, timeoutMs = FIND_TIMEOUT_MS): Promise<DocHandle<unknown> | undefined> {
  const cached = repo.handles[id] as DocHandle<unknown> | undefined;
  if (cached?.isReady() === true) return cached;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await repo.find<unknown>(id, { allowableStates: ["ready", "unavailable"], signal: controller.signal });
  } catch {
    return repo.handles[id] as DocHandle<unknown> | undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** The ready handle of `id` if this device holds the document, else undefined. Never rejects. */
export async function heldHandle(repo: Repo, id: DocumentId, timeoutMs = FIND_TIMEOUT_MS): Promise<DocHandle<unknown> | undefined> {
  const handle = await findHandle(repo, id, timeoutMs);
  return handle?.isReady() === true ? handle : undefined;
}
