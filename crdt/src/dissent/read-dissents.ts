/**
 * Reading a chapter's dissents through the chokepoint (PROTOCOL.md D3, DS), from plain snapshots
 * (D5): pass 1 reads the organisation's documents for the rosters (DS1.4); pass 2 reads the
 * chapter's Chapter document with the dissent rules as the authorisation step of its dissents and
 * their hides (D3.8).
 */
import { readSnapshot } from "../chokepoint/read-document.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import type { ChapterId } from "../records/ids.js";
import { organisationDocuments, signedRecordsOf, type OrganisationSnapshots } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { judgeDissents, type DissentJudgement } from "./judge-dissents.js";

/**
 * The dissents of `chapter`'s decisions (DS4) and every dissent and hide's verdict.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readDissents(organisation: OrganisationSnapshots, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache): Promise<DissentJudgement> {
  const { rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  const document = rosters.foldAll().roster.chapters.get(chapter)?.document;
  const snapshot = organisation.chapters.find((entry) => entry.url === document)?.snapshot;
  let judged: DissentJudgement = { verdicts: new Map(), byDecision: new Map() };
  if (snapshot === undefined) return judged;
  await readSnapshot(CHAPTER_DOCUMENT, snapshot, verifier, {
    verified,
    authorise: (records) => {
      judged = judgeDissents(chapter, records.filter((record) => record.envelope.kind === "dissent" || record.envelope.kind === "hide" || record.envelope.kind === "decision"), rosters);
      // Other kinds of the document (decisions included) are the other features' to judge: neither accepted nor refused here.
      return { accepted: records.filter((record) => judged.verdicts.get(record.id)?.status === "valid"), rejections: [] };
    },
  });
  return judged;
}
