import type { DocumentType } from "../documents/document-type.js";
import type { Verifier } from "../verify/verifier.js";
import type { DocumentSnapshot } from "./candidate.js";
import { CandidateCheck, type SnapshotVerifyOptions, type VerifiedSnapshot } from "./candidate-check.js";

export type { SnapshotVerifyOptions, VerifiedIds, VerifiedSnapshot } from "./candidate-check.js";

/**
 * The second half of the chokepoint (PROTOCOL.md D3): decides which candidates are records of
 * this document type. For each candidate, in this order: a string (D3.3), well-formed text,
 * canonical envelope (R1, R4, R8), id equal to its key (D3.4), kind held by its map (D3.5),
 * then the signatures of all survivors in one batch (D3.6), skipping `options.verified`.
 * Never throws on bad content: every refusal is a rejection.
 * @throws {TypeError} if the snapshot is for another document type (a caller bug).
 * @throws whatever `verifier.verifyBatch` throws (a backend failure, not bad content).
 */
export async function verifySnapshot<M extends string>(
  type: DocumentType<M>,
  snapshot: DocumentSnapshot,
  verifier: Verifier,
  options: SnapshotVerifyOptions = {},
): Promise<VerifiedSnapshot<M>> {
  if (snapshot.type !== type.name) throw new TypeError(`snapshot of a ${snapshot.type} document read as a ${type.name}`);
  const check = new CandidateCheck(type, options);
  for (const { map, candidates } of snapshot.maps) {
    const into = check.mapOf(map);
    if (into === undefined) continue; // not a record map of this type: never read (D2)
    for (const candidate of candidates) {
      if ("text" in candidate) check.text(into, candidate.key, candidate.text);
      else check.foreign(map, candidate.key, candidate.foreign);
    }
  }
  return check.signatures(verifier);
}
