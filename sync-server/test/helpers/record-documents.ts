import { parseAutomergeUrl, type AutomergeUrl, type Repo } from "@automerge/automerge-repo";
import { mergeDocuments, snapshotDocument, type DocumentType, type DocumentUrl, type VoteBundleDocument } from "@chapterhouse/crdt";

/** A document a device holds, with its Chapterhouse type. */
export interface TypedDocument {
  readonly type: DocumentType;
  readonly url: AutomergeUrl;
}

/**
 * The record texts `repo` holds in `documents`, as the documents of a vote bundle (PROTOCOL.md
 * V10.2): read by the chokepoint's first half (`snapshotDocument`: every conflict value at every
 * key of every record map), then merged as V10.2 says (a key holding several texts keeps the one
 * whose id is the key). Values that are not texts at all are left out: a bundle holds texts.
 * @throws {Error} if `repo` does not hold one of the documents ready.
 */
export function recordDocuments(repo: Repo, documents: readonly TypedDocument[]): VoteBundleDocument[] {
  const entries: VoteBundleDocument[] = [];
  for (const { type, url } of documents) {
    const handle = repo.handles[parseAutomergeUrl(url).documentId];
    if (handle?.isReady() !== true) throw new Error(`${repo.peerId} does not hold ${url}`);
    // One entry per conflict value at a key (layer 0 the first value, layer 1 the second…).
    const layers: Record<string, Record<string, string>>[] = [{}];
    for (const { map, candidates } of snapshotDocument(type, handle.doc()).maps) {
      const seen = new Map<string, number>();
      for (const candidate of candidates) {
        if (!("text" in candidate)) continue;
        const layer = seen.get(candidate.key) ?? 0;
        seen.set(candidate.key, layer + 1);
        ((layers[layer] ??= {})[map] ??= {})[candidate.key] = candidate.text;
      }
    }
    for (const records of layers) entries.push({ type: type.name, url: url as string as DocumentUrl, records });
  }
  return mergeDocuments(entries);
}
