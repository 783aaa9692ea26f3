import type { DocumentType } from "../documents/document-type.js";
import type { Verifier } from "../verify/verifier.js";
import { CandidateCheck, type SnapshotVerifyOptions, type VerifiedSnapshot } from "./candidate-check.js";

/** A document's record texts as a bundle holds them: per record map, each text under its key. */
export interface RecordTexts {
  readonly [map: string]: { readonly [key: string]: string };
}

/**
 * `verifySnapshot` of a document held as plain texts by key (a vote bundle's, V10.2): the same
 * checks (D3.3–D3.6) and the same result as over the snapshot listing the same texts, without
 * building that snapshot (a candidate object per record). Maps that are not record maps of
 * `type` are never read (D2). Never throws on bad content.
 * @throws whatever `verifier.verifyBatch` throws (a backend failure, not bad content).
 */
export function verifyRecordTexts<M extends string>(
  type: DocumentType<M>,
  records: RecordTexts,
  verifier: Verifier,
  options: SnapshotVerifyOptions = {},
): Promise<VerifiedSnapshot<M>> {
  const check = new CandidateCheck(type, options);
  for (const map of Object.keys(records)) {
    const into = check.mapOf(map);
    if (into === undefined) continue;
    const texts = records[map]!;
    const keys = Object.keys(texts);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      check.text(into, key, texts[key]!);
    }
  }
  return check.signatures(verifier);
}
