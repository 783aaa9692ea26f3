/** Test data for the worker's tests: an Organisation document with signed geneses, as Automerge bytes. */
import * as A from "@automerge/automerge";
import { createOrganisationDoc } from "@chapterhouse/crdt/documents";
import { signRecord, type DocumentUrl, type ParsedRecord } from "@chapterhouse/crdt/records";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";

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

/** Where the test's Organisation document lives. */
export const ORGANISATION_URL = "automerge:organisation" as DocumentUrl;

/** An Organisation document holding `texts` (key → record text) in its `chapters` map, as `A.save` bytes. */
export function organisationBytes(texts: Readonly<Record<string, string>>): Uint8Array {
  return A.save(
    A.change(createOrganisationDoc(), (doc) => {
      for (const [key, text] of Object.entries(texts)) (doc.chapters as Record<string, unknown>)[key] = new A.ImmutableString(text);
    }),
  );
}

/** The texts of `records` under their own ids. */
export function underOwnIds(records: readonly ParsedRecord[]): Record<string, string> {
  return Object.fromEntries(records.map((record) => [record.id, record.text]));
}
