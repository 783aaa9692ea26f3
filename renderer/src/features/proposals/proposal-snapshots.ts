/**
 * What the proposal screens hand the verification worker (PROTOCOL.md D5: plain snapshots, record
 * texts as strings): the organisation's documents, which give the membership context every
 * proposal record is judged against (P1.3) and the chapter's proposal index; and, for the proposal
 * page, one Proposal document with the ballot boxes of its current vote.
 */
import type { ChapterId, ProposalId } from "@chapterhouse/crdt";
import type { LocatedSnapshot, OrganisationSnapshots } from "../organisation/index.js";

/** One proposal to judge in full. */
export interface ProposalDocumentSnapshots {
  readonly id: ProposalId;
  readonly document: LocatedSnapshot;
  /**
   * The ballot boxes of its current vote, sent only once a close for it is held: closing and
   * recording (P7) are judged by the vote's own verification (V9), which needs them.
   */
  readonly boxes: readonly LocatedSnapshot[];
}

/** What `readProposals` reads. */
export interface ProposalSnapshots {
  readonly organisation: OrganisationSnapshots;
  /** The chapter whose proposal index is listed (from its Chapter document alone, DESIGN §3). */
  readonly chapter: ChapterId;
  /** The proposal to judge in full, or null for the index only. */
  readonly proposal: ProposalDocumentSnapshots | null;
}

/** Every snapshot of an input, for the verified-id cache and the vote bundle. */
export function allSnapshots(input: ProposalSnapshots): LocatedSnapshot[] {
  const { organisation, chapters } = input.organisation;
  return [
    organisation,
    ...chapters,
    ...(input.proposal === null ? [] : [input.proposal.document, ...input.proposal.boxes]),
  ];
}
