/**
 * One document as a vote bundle holds it (PROTOCOL.md V10.2), from what the chokepoint's first
 * half collected (`snapshotDocument`, D3.2–D3.3): each record map as key → text. A key holding
 * several texts (conflict values) keeps one, by V10.2's rule (`keptText`); values that are no text
 * at all are left out (a bundle holds texts, and no reader could accept them there); a map holding
 * no text is left out. The one conversion from a document a device holds to a bundle's document:
 * the app's verification, its export and the relay's tests all go through it.
 */
import type { DocumentSnapshot } from "../chokepoint/candidate.js";
import type { DocumentUrl } from "../records/ids.js";
import { keptText, type VoteBundleDocument } from "./vote-bundle.js";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The bundle document of the document at `url`, from its snapshot; maps and keys sorted (V10.2). Never throws. */
export function bundleDocumentOfSnapshot(url: DocumentUrl, snapshot: DocumentSnapshot): VoteBundleDocument {
  const records: { [map: string]: { [key: string]: string } } = {};
  for (const { map, candidates } of [...snapshot.maps].sort((a, b) => byText(a.map, b.map))) {
    const texts = new Map<string, string>();
    for (const candidate of candidates) {
      if (!("text" in candidate)) continue;
      const held = texts.get(candidate.key);
      texts.set(candidate.key, held === undefined ? candidate.text : keptText(candidate.key, held, candidate.text));
    }
    if (texts.size > 0) records[map] = Object.fromEntries([...texts].sort(([a], [b]) => byText(a, b)));
  }
  return { type: snapshot.type, url, records };
}
