/**
 * Reading dissents through the chokepoint (PROTOCOL.md D3, DS), from plain snapshots (D5): pass 1
 * reads the organisation's documents for the rosters (DS1.4); pass 2 reads a chapter's Chapter
 * document with the dissent rules as the authorisation step of its dissents and their hides
 * (D3.8) — one chapter's for its decisions log, every chapter's for the dissents linked to a
 * current (DS6).
 */
import { readSnapshot } from "../chokepoint/read-document.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { organisationDocuments, signedRecordsOf, type OrganisationSnapshots } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { judgeDissents, type Dissent, type DissentJudgement } from "./judge-dissents.js";

/** A dissent linked to a current (DS6), with the chapter whose decisions log holds it. */
export type LinkedDissent = Dissent & { readonly chapter: ChapterId; readonly current: RecordId };

async function judgeChapter(organisation: OrganisationSnapshots, rosters: CausalRosters, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache): Promise<DissentJudgement> {
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

/**
 * The dissents of `chapter`'s decisions (DS4) and every dissent and hide's verdict.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readDissents(organisation: OrganisationSnapshots, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache): Promise<DissentJudgement> {
  const { rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  return judgeChapter(organisation, rosters, chapter, verifier, verified);
}

/**
 * The valid dissents linked to `current` (DS6) in every chapter's decisions log held, each as its
 * log shows it (a hidden one hidden, DS3), in display order (claimed time, then id).
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readLinkedDissents(organisation: OrganisationSnapshots, current: RecordId, verifier: Verifier, verified: VerifiedIdCache): Promise<LinkedDissent[]> {
  const { rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  const linked: LinkedDissent[] = [];
  for (const chapter of rosters.foldAll().roster.chapters.keys()) {
    const { byDecision } = await judgeChapter(organisation, rosters, chapter, verifier, verified);
    for (const dissent of [...byDecision.values()].flat()) if (dissent.current === current) linked.push({ ...dissent, chapter, current });
  }
  return linked.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
