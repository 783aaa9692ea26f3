import { parseAutomergeUrl, type AutomergeUrl, type Repo } from "@automerge/automerge-repo";
import { snapshotDocument } from "@chapterhouse/crdt/chokepoint";
import type { DocumentType } from "@chapterhouse/crdt/documents";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { bundleDocumentOfSnapshot, mergeDocuments, type VoteBundleDocument } from "@chapterhouse/crdt/report";

/** A document a device holds, with its Chapterhouse type. */
export interface TypedDocument {
  readonly type: DocumentType;
  readonly url: AutomergeUrl;
}

/**
 * The record texts `repo` holds in `documents`, as the documents of a vote bundle (PROTOCOL.md
 * V10.2), by the one conversion the app uses (`bundleDocumentOfSnapshot` of the chokepoint's first
 * half, `snapshotDocument`: every conflict value at every key, one kept per key by V10.2's rule).
 * @throws {Error} if `repo` does not hold one of the documents ready.
 */
export function recordDocuments(repo: Repo, documents: readonly TypedDocument[]): VoteBundleDocument[] {
  return mergeDocuments(
    documents.map(({ type, url }) => {
      const handle = repo.handles[parseAutomergeUrl(url).documentId];
      if (handle?.isReady() !== true) throw new Error(`${repo.peerId} does not hold ${url}`);
      return bundleDocumentOfSnapshot(url as string as DocumentUrl, snapshotDocument(type, handle.doc()));
    }),
  );
}
