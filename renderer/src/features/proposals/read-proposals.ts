/**
 * Reading proposals through the chokepoint (PROTOCOL.md D3, P, V2): what the proposal screens show,
 * as one function over plain snapshots, so that the verification worker runs it.
 *
 * Pass 1 checks every document's signatures (D3.3–D3.6, cached ids skipped) and gathers what is
 * held; authority is judged in each record's causal past over all of it (P1.3: a grant cited by a
 * comment is in a Chapter document, its genesis in the Organisation document). Pass 2 reads the
 * chapter's index and the Proposal document again with the P rules as their authorisation step
 * (D3.8): only what they accept is shown.
 */
import {
  BALLOT_BOX_DOCUMENT,
  CHAPTER_DOCUMENT,
  CausalRosters,
  ORGANISATION_DOCUMENT,
  PROPOSAL_DOCUMENT,
  acceptAll,
  judgeOpens,
  judgeProposal,
  memberProblem,
  proposalStage,
  readSnapshot,
  recordIdOf,
  verifyVote,
  type ChapterId,
  type DocumentRead,
  type DocumentType,
  type DocumentUrl,
  type ParsedRecord,
  type ProposalBody,
  type ProposalId,
  type ProposalStage,
  type RecordId,
  type Verifier,
  type VoteBundleDocument,
} from "@chapterhouse/crdt";
import type { LocatedSnapshot } from "../organisation/index.js";
import type { VerifiedIdCache } from "../../shared/worker/verified-id-cache.js";
import { describeProposal } from "./describe-proposal.js";
import { allSnapshots, type ProposalSnapshots } from "./proposal-snapshots.js";
import type { ProposalIndexEntry, ProposalJudged, ProposalsRead } from "./proposals-read.js";
import { PROPOSAL_STAGE, parseStageHint, stageRank } from "./stage-hint.js";

/** What reading the proposals of a chapter (and maybe one proposal) gives. */
export interface ProposalsReadResult extends ProposalsRead {
  /** The Proposal document through the chokepoint (for the record store and write-back, D8, D9), or null. */
  readonly document: DocumentRead | null;
}

interface Located extends LocatedSnapshot {
  readonly type: DocumentType;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads the proposal index of `input.chapter` and, if asked, one proposal in full. `voteVerifier`
 * checks the signatures of the vote's verification (V9), when closing is to be judged (default:
 * `verifier`). Never throws on document content.
 * @throws whatever the verifiers throw (a backend failure).
 */
export async function readProposals(
  input: ProposalSnapshots,
  verifier: Verifier,
  verified: VerifiedIdCache,
  voteVerifier: Verifier = verifier,
): Promise<ProposalsReadResult> {
  const documents: Located[] = [
    { ...input.organisation.organisation, type: ORGANISATION_DOCUMENT },
    ...input.organisation.chapters.map((c) => ({ ...c, type: CHAPTER_DOCUMENT })),
    ...(input.proposal === null ? [] : [{ ...input.proposal.document, type: PROPOSAL_DOCUMENT }]),
  ];
  // Pass 1: what is a signed record at all (D3.3–D3.6), and where.
  const held = new Map<RecordId, ParsedRecord>();
  const placed = new Map<DocumentUrl, Set<RecordId>>();
  for (const doc of documents) {
    const read = await readSnapshot(doc.type, doc.snapshot, verifier, { verified, authorise: acceptAll });
    const here = new Set<RecordId>();
    for (const record of read.records) {
      verified.add(record.id);
      held.set(record.id, record);
      here.add(record.id);
    }
    placed.set(doc.url, here);
  }
  const rosters = new CausalRosters(held);
  const chapterDocument = rosters.foldAll().roster.chapters.get(input.chapter)?.document;
  const chapterSnapshot = input.organisation.chapters.find((c) => c.url === chapterDocument);

  let index: ProposalIndexEntry[] = [];
  if (chapterSnapshot !== undefined) {
    const listed = judgeIndex(input.chapter, rosters);
    await readSnapshot(CHAPTER_DOCUMENT, chapterSnapshot.snapshot, verifier, {
      verified,
      authorise: listed.authorise,
    });
    index = listed.entries();
  }
  if (input.proposal === null) return { index, proposal: null, document: null };

  const { id, document } = input.proposal;
  const judged = new ProposalJudgement(id, document.url, rosters, held, placed);
  const read = await readSnapshot(PROPOSAL_DOCUMENT, document.snapshot, verifier, {
    verified,
    authorise: (records) => judged.authorise(records),
  });
  const stage = await judged.stage(input, voteVerifier);
  return { index, proposal: judged.result(stage), document: read };
}

/** The chapter's index (Chapter `proposals`): creation records listed validly, and stage hints. */
function judgeIndex(chapter: ChapterId, rosters: CausalRosters) {
  const listed = new Map<ProposalId, { record: ParsedRecord; body: ProposalBody }>();
  const stages = new Map<ProposalId, ProposalStage>();
  const authorise = (records: readonly ParsedRecord[]) => {
    const accepted: ParsedRecord[] = [];
    for (const record of records) {
      if (record.envelope.kind !== "proposal") continue;
      // P2, P1.4: a creation record counts in its own chapter's document.
      const state = judgeProposal(record.id as ProposalId, [record], {
        rosters,
        placeProblem: (_, creation) =>
          creation.body.chapter === chapter
            ? undefined
            : `listed in the index of chapter ${chapter}, not its own`,
      });
      if (state.proposal === undefined) continue;
      listed.set(state.id, state.proposal);
      accepted.push(record);
    }
    for (const record of records) {
      if (record.envelope.kind !== PROPOSAL_STAGE) continue;
      const hint = parseStageHint(record.envelope.body);
      const creation = hint === undefined ? undefined : listed.get(hint.proposal);
      if (hint === undefined || creation === undefined || !record.envelope.deps.includes(hint.proposal))
        continue;
      if (rosters.pastProblem(record) !== undefined || memberProblem(rosters, record, chapter) !== undefined)
        continue;
      const before = stages.get(hint.proposal);
      if (before === undefined || stageRank(hint.stage) > stageRank(before))
        stages.set(hint.proposal, hint.stage);
      accepted.push(record);
    }
    return { accepted, rejections: [] };
  };
  const entries = (): ProposalIndexEntry[] =>
    [...listed.values()]
      .map(({ record, body }) => ({
        id: record.id as ProposalId,
        title: body.title,
        author: record.envelope.signer,
        at: record.envelope.at,
        document: body.document,
        stage: stages.get(record.id as ProposalId) ?? "draft",
      }))
      .sort((a, b) => b.at - a.at || byText(a.id, b.id));
  return { authorise, entries };
}

/** One proposal's records judged (P1–P6, V2) as the Proposal document's authorisation step. */
class ProposalJudgement {
  #outcome: ReturnType<typeof describeProposal> | undefined;

  constructor(
    private readonly id: ProposalId,
    private readonly url: DocumentUrl,
    private readonly rosters: CausalRosters,
    private readonly held: ReadonlyMap<RecordId, ParsedRecord>,
    private readonly placed: ReadonlyMap<DocumentUrl, ReadonlySet<RecordId>>,
  ) {}

  authorise(records: readonly ParsedRecord[]) {
    const own = [...records];
    // P1.4: a creation record found only in its chapter's document also counts.
    const creation = this.held.get(this.id);
    if (creation !== undefined && !own.some((r) => r.id === this.id)) own.push(creation);
    const inDocument = (record: ParsedRecord): boolean =>
      record.id === this.id || this.placed.get(this.url)?.has(record.id) === true;
    const placeProblem = (record: ParsedRecord, creation: { body: ProposalBody }): string | undefined =>
      creation.body.document !== this.url
        ? `the proposal's document is ${creation.body.document}, not ${this.url}`
        : inDocument(record)
          ? undefined
          : `not found in the proposal's document ${this.url}`;
    const state = judgeProposal(
      this.id,
      own.filter((r) => r.envelope.kind !== "open" && r.envelope.kind !== "close"),
      { rosters: this.rosters, placeProblem },
    );
    const opens = judgeOpens(
      own.filter((r) => r.envelope.kind === "open"),
      {
        rosters: this.rosters,
        proposal: state,
        placeProblem: (record) =>
          inDocument(record) ? undefined : `not found in the proposal's document ${this.url}`,
      },
    );
    this.#outcome = describeProposal(state, opens, own, this.url);
    const accepted = own.filter((r) => state.verdicts.get(r.id)?.status === "valid" || opens.valid.has(r.id));
    return { accepted, rejections: [] };
  }

  /**
   * The stage (P7). Drafting, deliberation and voting follow from the records judged here; closing
   * and recording are judged by the vote's verification (V9) over the vote's ballot boxes, once a
   * close for the current open is held and the boxes are given.
   */
  async stage(input: ProposalSnapshots, verifier: Verifier): Promise<ProposalStage> {
    const outcome = this.#outcome;
    if (outcome === undefined) return "draft";
    const base = proposalStage(outcome.state, { open: outcome.votingOpen, closed: false, recorded: false });
    const vote = outcome.vote;
    if (vote === null || !vote.closeHeld || input.proposal === null || input.proposal.boxes.length === 0)
      return base;
    const report = await verifyVote(
      { vote: { proposal: this.id, open: vote.open }, documents: bundleDocuments(input) },
      verifier,
    );
    return report.proposal.stage ?? base;
  }

  result(stage: ProposalStage): ProposalJudged {
    const outcome = this.#outcome;
    if (outcome === undefined) return { found: false, why: "the Proposal document was not read" };
    if (outcome.detail === undefined) return { found: false, why: outcome.why };
    return { found: true, detail: { ...outcome.detail, stage } };
  }
}

/** The snapshots as vote-bundle documents (V10.2): each key's text, the one whose id is the key first. */
function bundleDocuments(input: ProposalSnapshots): VoteBundleDocument[] {
  const types = new Map<string, DocumentType>(
    [ORGANISATION_DOCUMENT, CHAPTER_DOCUMENT, PROPOSAL_DOCUMENT, BALLOT_BOX_DOCUMENT].map((t) => [
      t.name,
      t as DocumentType,
    ]),
  );
  return allSnapshots(input)
    .filter(({ snapshot }) => types.has(snapshot.type))
    .map(({ url, snapshot }) => ({
      type: snapshot.type,
      url,
      records: Object.fromEntries(
        snapshot.maps.map(({ map, candidates }) => {
          const texts = new Map<string, string>();
          for (const candidate of candidates) {
            if (!("text" in candidate)) continue;
            if (!texts.has(candidate.key) || recordIdOf(candidate.text) === candidate.key)
              texts.set(candidate.key, candidate.text);
          }
          return [map, Object.fromEntries(texts)];
        }),
      ),
    }));
}
