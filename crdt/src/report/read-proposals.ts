/**
 * Reading proposals through the chokepoint (PROTOCOL.md D3, P, V2): a chapter's proposal index
 * and, if asked, one proposal in full, as a device shows them, from plain snapshots (D5).
 *
 * Pass 1 checks every document's signatures (D3.3–D3.6, cached ids skipped) and gathers what is
 * held; authority is judged in each record's causal past over all of it (P1.3: a grant cited by a
 * comment is in a Chapter document, its genesis in the Organisation document). Pass 2 reads the
 * chapter's index and the Proposal document again with the P rules as their authorisation step
 * (D3.8): only what they accept is shown. The stage is judged with the vote's own verification
 * once a close is held and its boxes are given (P7, `proposalStageOf`).
 */
import type { DocumentSnapshot } from "../chokepoint/candidate.js";
import { acceptAll, readSnapshot, type DocumentRead } from "../chokepoint/read-snapshot.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter-type.js";
import type { DocumentType } from "../documents/document-type.js";
import { ORGANISATION_DOCUMENT } from "../documents/organisation-type.js";
import { PROPOSAL_DOCUMENT } from "../documents/proposal-type.js";
import type { ChapterId, DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import { CausalRosters } from "../proposals/causal-rosters.js";
import { judgeProposalDocument } from "../proposals/judge-proposal-document.js";
import type { ProposalIndexEntry, ProposalJudged } from "../proposals/proposal-detail.js";
import { judgeProposalIndex } from "../proposals/proposal-index.js";
import type { ParsedRecord } from "../records/record.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { bundleDocumentOfSnapshot } from "./bundle-document.js";
import { proposalStageOf } from "./proposal-stage-of.js";
import { judgeVote, type VoteJudge } from "./verify-vote.js";

/** A document's snapshot (D5) and where it is. */
export interface LocatedSnapshot {
  readonly url: DocumentUrl;
  readonly snapshot: DocumentSnapshot;
}

/** The organisation's documents this device holds: they give every proposal record its membership context (P1.3). */
export interface OrganisationSnapshots {
  readonly organisation: LocatedSnapshot;
  readonly chapters: readonly LocatedSnapshot[];
}

/** What `readProposals` reads. */
export interface ProposalSnapshots {
  readonly organisation: OrganisationSnapshots;
  /** The chapter whose proposal index is listed (from its Chapter document alone, DESIGN §3). */
  readonly chapter: ChapterId;
  /** The proposal to judge in full, or null for the index only. */
  readonly proposal: {
    readonly id: ProposalId;
    readonly document: LocatedSnapshot;
    /** The ballot boxes of its current vote, needed once a close is held (P7). */
    readonly boxes: readonly LocatedSnapshot[];
  } | null;
}

/** What reading the proposals of a chapter (and maybe one proposal) gives. */
export interface ProposalsRead {
  /** The chapter's proposals, newest first (claimed time, then id). */
  readonly index: readonly ProposalIndexEntry[];
  /** The proposal asked for, or null when none was. */
  readonly proposal: ProposalJudged | null;
  /** The Proposal document through the chokepoint (for the record store and write-back, D8, D9), or null. */
  readonly document: DocumentRead | null;
}

/**
 * Pass 1's read of one document: the chokepoint with no authorisation step (`acceptAll`, D3.3–D3.7).
 * A device that already holds this read of a snapshot (its worker keeps one per document and
 * heads) gives it instead of having every record parsed and hashed again; it must be exactly what
 * `readSnapshot` with `acceptAll` gives for that snapshot.
 */
export type SignedRead = (document: TypedSnapshot) => Promise<DocumentRead>;

/**
 * Reads the proposal index of `input.chapter` and, if asked, one proposal in full. `judge` judges
 * the vote (V9) when closing is to be judged (default: `judgeVote` with `verifier`, skipping the
 * ids in `verified`, S8); `read` is pass 1's read of each document (default: the chokepoint's,
 * `SignedRead`). Never throws on document content.
 * @throws whatever the verifier, `judge` or `read` throws (a backend failure).
 */
export async function readProposals(
  input: ProposalSnapshots,
  verifier: Verifier,
  verified: VerifiedIdCache,
  judge: VoteJudge = (bundle) => judgeVote(bundle, verifier, { verified }),
  read?: SignedRead,
): Promise<ProposalsRead> {
  const documents: TypedSnapshot[] = [
    ...organisationDocuments(input.organisation),
    ...(input.proposal === null ? [] : [{ ...input.proposal.document, type: PROPOSAL_DOCUMENT }]),
  ];
  const { held, placed, rosters, reads } = await signedRecordsOf(documents, verifier, verified, read);
  // Pass 2: the chapter's index (P8), then the proposal's own document (P1–P6, V2).
  const index = judgedIndex(input.chapter, rosters, reads);
  if (input.proposal === null) return { index, proposal: null, document: null };

  const { id, document, boxes } = input.proposal;
  const judged = judgeProposalDocument(id, document.url, { rosters, held, inDocument: (record) => placed.get(document.url)?.has(record) === true });
  const proposalRead = await readSnapshot(PROPOSAL_DOCUMENT, document.snapshot, verifier, { verified, authorise: judged.authorise });
  const outcome = judged.outcome();
  if (outcome === undefined) return { index, proposal: { found: false, why: "the Proposal document was not read" }, document: proposalRead };
  if (outcome.detail === undefined) return { index, proposal: { found: false, why: outcome.why }, document: proposalRead };
  const bundled = [...documents, ...boxes].map(({ url, snapshot }) => bundleDocumentOfSnapshot(url, snapshot));
  const stage = await proposalStageOf(outcome, bundled, judge);
  return { index, proposal: { found: true, detail: { ...outcome.detail, stage } }, document: proposalRead };
}

/**
 * The proposal indexes of several chapters (P8) from one pass over the organisation's documents:
 * what a screen listing the proposals of every chapter a member belongs to reads. Each chapter's
 * entries are those `readProposals` lists for it; a chapter whose document is not given has none.
 * `read`: pass 1's read of each document, as for `readProposals`. Never throws on document content.
 * @throws whatever the verifier or `read` throws (a backend failure).
 */
export async function readProposalIndexes(
  organisation: OrganisationSnapshots,
  chapters: readonly ChapterId[],
  verifier: Verifier,
  verified: VerifiedIdCache,
  read?: SignedRead,
): Promise<Map<ChapterId, ProposalIndexEntry[]>> {
  const { rosters, reads } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified, read);
  const indexes = new Map<ChapterId, ProposalIndexEntry[]>();
  for (const chapter of new Set(chapters)) indexes.set(chapter, judgedIndex(chapter, rosters, reads));
  return indexes;
}

/** A located snapshot and its document type. */
export type TypedSnapshot = LocatedSnapshot & { readonly type: DocumentType };

/** The organisation's documents as typed snapshots. Never throws. */
export function organisationDocuments(organisation: OrganisationSnapshots): TypedSnapshot[] {
  return [{ ...organisation.organisation, type: ORGANISATION_DOCUMENT }, ...organisation.chapters.map((chapter) => ({ ...chapter, type: CHAPTER_DOCUMENT }))];
}

/**
 * Pass 1: what is a signed record at all (D3.3–D3.6), and where; authority is judged over all of
 * it (P1.3). Chat rooms judge their records over the same (CH1.4). `read` reads each document
 * (default: the chokepoint with `acceptAll`, see `SignedRead`). Never throws on content.
 * @throws whatever the verifier or `read` throws.
 */
export async function signedRecordsOf(
  documents: readonly TypedSnapshot[],
  verifier: Verifier,
  verified: VerifiedIdCache,
  readSigned: SignedRead = (document) => readSnapshot(document.type, document.snapshot, verifier, { verified, authorise: acceptAll }),
) {
  const held = new Map<RecordId, ParsedRecord>();
  const placed = new Map<DocumentUrl, Set<RecordId>>();
  const reads = new Map<DocumentUrl, DocumentRead>();
  for (const document of documents) {
    const read = await readSigned(document);
    for (const record of read.records) {
      verified.add(record.id);
      held.set(record.id, record);
    }
    placed.set(document.url, new Set(read.records.map((record) => record.id)));
    if (document.type === CHAPTER_DOCUMENT) reads.set(document.url, read);
  }
  return { held, placed, rosters: new CausalRosters(held), reads };
}

/**
 * A chapter's index (P8): its Chapter document read with the index's rules as its authorisation
 * step (D3.8). The step is given what pass 1 read of that document (`reads`, the chokepoint with
 * `acceptAll`): every signature-valid record sorted by id, exactly what `readSnapshot` hands its
 * step, so the document is not parsed, hashed and checked a second time.
 */
function judgedIndex(chapter: ChapterId, rosters: CausalRosters, reads: ReadonlyMap<DocumentUrl, DocumentRead>): ProposalIndexEntry[] {
  const chapterDocument = rosters.foldAll().roster.chapters.get(chapter)?.document;
  const read = chapterDocument === undefined ? undefined : reads.get(chapterDocument);
  if (read === undefined) return [];
  const judged = judgeProposalIndex(chapter, rosters);
  judged.authorise(read.records);
  return judged.entries();
}
