/**
 * Merging in a copy of a document from elsewhere (a bundle file, PROTOCOL.md B5) without losing a
 * record. `Automerge.merge` applies the other copy's deletions and overwrites as well, so a later
 * version in which a vandal deleted records would take them out of the local copy. Here every
 * record the local copy held that the merge lost is written back (D9), in one change: the local
 * copy is the device's record store for this document.
 */
import * as A from "@automerge/automerge";
import { DOCUMENT_TYPES } from "../documents/document-types.js";
import type { RecordId } from "../records/ids.js";
import type { Verifier } from "../verify/verifier.js";
import { snapshotDocument } from "./snapshot-document.js";
import { verifySnapshot } from "./verify-snapshot.js";
import { writeBackInto, type HeldRecords } from "./write-back.js";

/** What `mergeKeepingRecords` did. */
export interface KeptMerge<T> {
  /** The local copy with the other's changes, and the write-back change if one was needed. */
  readonly doc: A.Doc<T>;
  /** Ids written back, sorted. */
  readonly repaired: readonly RecordId[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merges `remote` into a copy of `local` (neither is changed), then writes back every record
 * `local` held: a text that passes the chokepoint's checks up to its signature (D3.3–D3.6) in a
 * record map of some document type, whatever type the document is. A document holds a kind in
 * at most one type's map of a given name (D4), so each record is checked once. The write-back
 * change, if any, is made by a fresh actor with no timestamp (D1.3).
 * @throws whatever `verifier.verifyBatch` or Automerge's merge throws (not bad content).
 */
export async function mergeKeepingRecords<T>(local: A.Doc<T>, remote: A.Doc<T>, verifier: Verifier): Promise<KeptMerge<T>> {
  const held: { type: (typeof DOCUMENT_TYPES)[number]; records: HeldRecords }[] = [];
  for (const type of DOCUMENT_TYPES) {
    const checked = await verifySnapshot(type, snapshotDocument(type, local), verifier);
    if (Object.values(checked.maps).some((records) => records.length > 0)) held.push({ type, records: checked.maps });
  }
  const merged = A.merge(A.clone(local), remote);
  let repaired: RecordId[] = [];
  const doc = A.change(merged, { message: "write back records a merge lost", time: undefined }, (d) => {
    repaired = held.flatMap(({ type, records }) => writeBackInto(type, d, records));
  });
  return { doc, repaired: repaired.sort(byText) };
}
