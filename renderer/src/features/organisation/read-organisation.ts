/**
 * Reading one organisation through the chokepoint (PROTOCOL.md D3, M2.1): its Organisation
 * document and the Chapter documents this device holds, as plain snapshots. This is the heavy
 * work of the organisation screens (signatures and the membership fold) kept behind one
 * function over plain data, so that a worker can take it later unchanged (D5: snapshots cross
 * `postMessage` as they are).
 *
 * Authority crosses documents (a genesis is in the Organisation document, a facilitator's
 * role in a chapter above), so the fold is given every membership record of every document;
 * then each document is read again with the fold's verdicts as its authorisation step (D3.8),
 * signatures skipped through the verified-id cache (D3.6), and context bound (D7): a Chapter
 * document counts only governance records naming its own chapter. A Chapter document's profiles
 * (PF3.2) count when their member signed them and is a member of the chapter by the fold's roster.
 */
import {
  CHAPTER_DOCUMENT,
  CHAPTER_KINDS,
  ORGANISATION_DOCUMENT,
  acceptAll,
  chapterProfiles,
  foldMembership,
  isMembershipKind,
  readSnapshot,
  requireContext,
  type Authorisation,
  type Authorise,
  type ChapterId,
  type ContextRules,
  type DocumentRead,
  type DocumentSnapshot,
  type DocumentType,
  type DocumentUrl,
  type MembershipFold,
  type ParsedRecord,
  type RecordId,
  type Rejection,
  type Verifier,
} from "@chapterhouse/crdt";
import type { VerifiedIdCache } from "../../shared/worker/verified-id-cache.js";

/** One document's snapshot (`snapshotDocument`) and where it lives. */
export interface LocatedSnapshot {
  readonly url: DocumentUrl;
  readonly snapshot: DocumentSnapshot;
}

/** What `readOrganisation` reads. */
export interface OrganisationSnapshots {
  readonly organisation: LocatedSnapshot;
  readonly chapters: readonly LocatedSnapshot[];
}

/** What the chokepoint and the fold say about an organisation. */
export interface OrganisationRead {
  /** The membership fold over every document's signature-valid membership records. */
  readonly fold: MembershipFold;
  /** Each document read through the chokepoint with the fold as its authorisation step. */
  readonly documents: ReadonlyMap<DocumentUrl, DocumentRead>;
}

/**
 * Reads an organisation's documents: signatures (one batch per document, cached ids skipped),
 * the membership fold across them, then each document with the fold's verdicts.
 * Never throws on document content.
 * @throws whatever the verifier throws (a backend failure).
 */
export async function readOrganisation(
  input: OrganisationSnapshots,
  verifier: Verifier,
  verified: VerifiedIdCache,
): Promise<OrganisationRead> {
  const located: { url: DocumentUrl; snapshot: DocumentSnapshot; type: DocumentType }[] = [
    { ...input.organisation, type: ORGANISATION_DOCUMENT },
    ...input.chapters.map((c) => ({ ...c, type: CHAPTER_DOCUMENT })),
  ];
  // Pass 1: what is a signed record at all, per document.
  const signed: ParsedRecord[] = [];
  for (const doc of located) {
    const read = await readSnapshot(doc.type, doc.snapshot, verifier, { verified, authorise: acceptAll });
    for (const record of read.records) {
      verified.add(record.id);
      if (isMembershipKind(record.envelope.kind)) signed.push(record);
    }
  }
  const fold = foldMembership(signed);
  const accepted = new Set<RecordId>(fold.accepted.map((r) => r.id));
  const refused = new Map<RecordId, Rejection>(fold.rejections.map((r) => [r.key as RecordId, r]));
  const byFold = (records: readonly ParsedRecord[]): Authorisation => ({
    accepted: records.filter((r) => accepted.has(r.id)),
    rejections: records.flatMap((r) => {
      const rejection = refused.get(r.id);
      return rejection === undefined ? [] : [rejection];
    }),
  });
  const chapterOfDocument = new Map<string, string>();
  for (const chapter of fold.roster.chapters.values()) chapterOfDocument.set(chapter.document, chapter.id);

  // Pass 2: each document through the chokepoint with the fold's verdicts.
  const documents = new Map<DocumentUrl, DocumentRead>();
  for (const doc of located) {
    let authorise: Authorise = byFold;
    if (doc.type === CHAPTER_DOCUMENT) {
      const chapter = chapterOfDocument.get(doc.url);
      // A Chapter document no accepted genesis names is nobody's: its records count nowhere.
      const rules: ContextRules = Object.fromEntries(CHAPTER_KINDS.map((kind) => [kind, { chapter: chapter ?? "" }]));
      authorise = requireContext(rules, (records) => {
        const folded = byFold(records);
        const profiles = chapter === undefined ? [] : chapterProfiles(records, chapter as ChapterId, fold.roster);
        return { accepted: [...folded.accepted, ...profiles], rejections: folded.rejections };
      });
    }
    documents.set(doc.url, await readSnapshot(doc.type, doc.snapshot, verifier, { verified, authorise }));
  }
  return { fold, documents };
}
