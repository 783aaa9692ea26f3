/**
 * One chapter's content records read through the chokepoint (PROTOCOL.md D3), from plain snapshots
 * (D5), as the library (RS5) and the projects (PJ6) are: pass 1 reads the organisation's documents
 * for the rosters every record is judged in (as P1.3); pass 2 reads the chapter's Chapter document
 * with the feature's judge as its authorisation step (D3.8), and counts the values of the feature's
 * map that were refused (forged, damaged, or not accepted by the judge).
 */
import { readSnapshot } from "../chokepoint/read-document.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { Verdict } from "../proposals/record-status.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { organisationDocuments, signedRecordsOf, type OrganisationSnapshots } from "./read-proposals.js";

/** A feature's judge of a chapter's records: each of its records' verdicts, and what it shows. */
export type ChapterJudge<T> = (chapter: ChapterId, records: readonly ParsedRecord[], rosters: CausalRosters) => { readonly verdicts: ReadonlyMap<RecordId, Verdict>; readonly shown: T };

/**
 * What `judge` shows of `chapter`'s document (`empty` when the document is not held), and how many
 * values of `map` were refused.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readChapterMap<T>(organisation: OrganisationSnapshots, chapter: ChapterId, map: string, judge: ChapterJudge<T>, empty: T, verifier: Verifier, verified: VerifiedIdCache): Promise<{ readonly shown: T; readonly refused: number }> {
  const { rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  const document = rosters.foldAll().roster.chapters.get(chapter)?.document;
  const snapshot = organisation.chapters.find((entry) => entry.url === document)?.snapshot;
  if (snapshot === undefined) return { shown: empty, refused: 0 };
  let shown = empty;
  const read = await readSnapshot(CHAPTER_DOCUMENT, snapshot, verifier, {
    verified,
    authorise: (records) => {
      const judged = judge(chapter, records, rosters);
      shown = judged.shown;
      return { accepted: records.filter((record) => judged.verdicts.get(record.id)?.status === "valid"), rejections: [] };
    },
  });
  return { shown, refused: read.rejections.filter((rejection) => rejection.map === map).length };
}
