/**
 * The chokepoint over a live Automerge document (PROTOCOL.md D3): its snapshot, then `readSnapshot`.
 */
import type { DocumentType } from "../documents/document-type.js";
import type { Verifier } from "../verify/verifier.js";
import { readSnapshot, type DocumentRead, type DocumentReadOptions } from "./read-snapshot.js";
import { snapshotDocument } from "./snapshot-document.js";

/** The snapshot reader and its types, declared in read-snapshot.ts. */
export { acceptAll, readSnapshot, type Authorisation, type Authorise, type DocumentRead, type DocumentReadOptions } from "./read-snapshot.js";

/**
 * Reads a live Automerge document (or a plain copy of one) through the chokepoint:
 * `readSnapshot(type, snapshotDocument(type, doc), …)`. Never throws on bad content.
 * @throws whatever the verifier or the authorise step throws (not bad content).
 */
export function readDocument<M extends string>(
  type: DocumentType<M>,
  doc: unknown,
  verifier: Verifier,
  options: DocumentReadOptions,
): Promise<DocumentRead<M>> {
  return readSnapshot(type, snapshotDocument(type, doc), verifier, options);
}
