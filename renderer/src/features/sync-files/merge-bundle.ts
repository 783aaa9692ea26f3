/**
 * "Import from file" after the file decoded (PROTOCOL.md B5): each document is merged into this
 * device's copy, never put in its place. The bundle was decoded strictly and whole first
 * (B3, B4: `decodeDocumentBundle`, by the platform), so a refused file never reaches here.
 *
 * How a document with a given id is merged in automerge-repo 2.5.6 (see also
 * data/home-document.ts): `find` the id first, accepting "unavailable", so the device's stored
 * copy is loaded before anything is applied to it; then `repo.import(bytes, { docId })`, which
 * applies the incoming changes to that handle's document (`Automerge.loadIncremental`: a merge,
 * changes already held are skipped) and makes a handle that gains heads ready. The Repo then
 * stores the result and syncs it like any other change, and every screen reads it through the
 * chokepoint like anything else that arrived: a document's content is never trusted here.
 *
 * One ordering detail of DocHandle (2.5.6, `#checkForChanges`): a handle that gains heads emits
 * "heads-changed" *before* it turns ready, so an observer that opened the document while it was
 * unavailable (an organisation page shown before the file came) sees the change while the handle
 * still says "not ready", and no later event tells it otherwise. Such a handle is therefore made
 * ready with the document's first change alone, then given the whole document: the second step
 * is a change seen while ready.
 */
import * as A from "@automerge/automerge";
import type { DocumentId, Repo } from "@automerge/automerge-repo";
import type { BundledDocument } from "@chapterhouse/crdt/bundle";
import { guessKind, type DocumentKind } from "./bundle-contents.js";
import { FIND_TIMEOUT_MS, findHandle } from "./held-handle.js";

/** What merging did to one document: new here, gained changes, or already had them all. */
export type MergeStatus = "new" | "updated" | "unchanged";

/** One merged document. */
export interface MergedDocument {
  readonly documentId: DocumentId;
  readonly status: MergeStatus;
  /** What the document looks like (display only). */
  readonly kind: DocumentKind;
}

function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((head) => set.has(head));
}

/**
 * Merges every decoded document into the Repo, in the bundle's order.
 * @param timeoutMs how long finding a document not held here may wait for the network.
 * @throws {Error} only if the Repo itself fails (the bytes loaded strictly when decoded).
 */
export async function mergeBundle(repo: Repo, documents: readonly BundledDocument[], timeoutMs = FIND_TIMEOUT_MS): Promise<MergedDocument[]> {
  const merged: MergedDocument[] = [];
  for (const { documentId, bytes } of documents) {
    const id = documentId as DocumentId;
    const found = await findHandle(repo, id, timeoutMs);
    const before = found?.isReady() === true ? found.heads() : undefined;
    if (before === undefined) {
      const [first, ...rest] = A.getAllChanges(A.load(bytes));
      if (first !== undefined && rest.length > 0) repo.import<unknown>(first, { docId: id });
    }
    const handle = repo.import<unknown>(bytes, { docId: id });
    // A document with no changes at all gives a handle no heads, so it never becomes ready.
    if (!handle.isReady()) {
      merged.push({ documentId: id, status: "unchanged", kind: "other" });
      continue;
    }
    const after = handle.heads();
    const status: MergeStatus = before === undefined || before.length === 0 ? "new" : sameHeads(before, after) ? "unchanged" : "updated";
    merged.push({ documentId: id, status, kind: guessKind(handle.doc()) });
  }
  return merged;
}
