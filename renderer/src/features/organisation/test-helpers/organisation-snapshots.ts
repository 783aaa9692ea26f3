/** Test data for the worker's tests: an Organisation document snapshot with signed geneses. */
import { ORGANISATION_DOCUMENT, naclSignerFromSeed, signRecord, snapshotDocument, type DocumentUrl, type ParsedRecord } from "@chapterhouse/crdt";
import type { OrganisationSnapshots } from "../read-organisation.js";

/** `count` genesis records of international chapters, each founded by its own key (seeds 1…count). */
export async function geneses(count: number): Promise<ParsedRecord[]> {
  const records: ParsedRecord[] = [];
  for (let n = 1; n <= count; n++) {
    const signer = naclSignerFromSeed(new Uint8Array(32).fill(n));
    records.push(
      await signRecord(signer, {
        kind: "genesis",
        at: 1_700_000_000_000 + n,
        body: {
          name: `Chapter ${n}`,
          level: "international",
          parent: null,
          place: null,
          document: `automerge:chapter${n}`,
          admission: { sponsors: 1, countersign: false },
          founders: [signer.publicKey],
        },
      }),
    );
  }
  return records;
}

/** An organisation whose Organisation document holds `records` (as plain strings, D5) and no chapter document. */
export function organisationOf(records: readonly ParsedRecord[]): OrganisationSnapshots {
  const chapters = Object.fromEntries(records.map((r) => [r.id, r.text]));
  return {
    organisation: { url: "automerge:organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, { chapters }) },
    chapters: [],
  };
}
