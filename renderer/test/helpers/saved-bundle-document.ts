import * as A from "@automerge/automerge";
import type { VoteBundleDocument } from "@chapterhouse/crdt/report";

/** A bundle document as the page sends it to the worker: an Automerge document holding its records as immutable strings. */
export function savedBundleDocument(document: VoteBundleDocument): Uint8Array {
  return A.save(
    A.change(A.init<Record<string, Record<string, unknown>>>(), (doc) => {
      for (const [map, records] of Object.entries(document.records)) {
        doc[map] = {};
        for (const [id, text] of Object.entries(records)) doc[map][id] = new A.ImmutableString(text);
      }
    }),
  );
}
