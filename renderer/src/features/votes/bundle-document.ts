/**
 * One document as a vote bundle holds it (PROTOCOL.md V10.2): its record maps as key → text. The
 * chokepoint's first half (`snapshotDocument`) collects every value at every key, conflicts
 * included; a map of the bundle holds one text per key, so of several texts at one key the one
 * whose id is the key is kept (`mergeDocuments`, as merging bundles does). Values that are no text
 * at all are left out: the bundle format has no place for them, and no reader could accept them.
 */
import {
  mergeDocuments,
  snapshotDocument,
  type DocumentSnapshot,
  type DocumentType,
  type DocumentUrl,
  type VoteBundleDocument,
} from "@chapterhouse/crdt";

/** The bundle entry of a live (or plain) document. Never throws. */
export function bundleDocument(type: DocumentType, url: DocumentUrl, doc: unknown): VoteBundleDocument {
  return bundleOfSnapshot(type, url, snapshotDocument(type, doc));
}

/** The bundle entry of a document from its snapshot (`snapshotDocument`). Never throws. */
export function bundleOfSnapshot(type: DocumentType, url: DocumentUrl, snapshot: DocumentSnapshot): VoteBundleDocument {
  const entries: VoteBundleDocument[] = [];
  for (const map of snapshot.maps) {
    for (const candidate of map.candidates) {
      if (!("text" in candidate) || candidate.key === "") continue;
      entries.push({ type: type.name, url, records: { [map.map]: { [candidate.key]: candidate.text } } });
    }
  }
  if (entries.length === 0) return { type: type.name, url, records: {} };
  return mergeDocuments(entries)[0]!;
}
