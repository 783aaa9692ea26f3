/**
 * Opening a vote (PROTOCOL.md V2): the ballot boxes are created first (one Ballot box document per
 * lowest-level chapter of the electorate and shard, V2.5), then the open is signed naming them,
 * with the roster reference (`rosterHeads`), the weights and the rule, and written into the
 * Proposal document's `votes`. A new open supersedes the proposal's open votes it names (V2.7).
 */
import {
  compareBoxes,
  parseVoteBody,
  type BoxEntry,
  type CanonicalValue,
  type ChapterId,
  type Fraction,
  type MemberKey,
  type OpenRule,
  type RecordId,
  type WeightEntry,
} from "@chapterhouse/crdt";
import { authorOrFacilitatorDeps } from "./authority-for.js";
import { electoratePlan, planFits } from "./electorate-plan.js";
import type { ProposalVotes } from "./proposal-votes.js";
import { rosterHeads } from "./roster-heads.js";
import type { VoteSigner } from "./vote-signer.js";
import type { VersionSummary } from "./vote-reading.js";
import { VoteProblem, type VoteProblemCode } from "./vote-problem.js";

/** What the open-vote form decides. */
export interface OpenVoteRequest {
  /** The deciding chapter: the proposal's. */
  readonly chapter: ChapterId;
  /** The proposal's author, from its creation record. */
  readonly author: MemberKey | null;
  readonly version: VersionSummary;
  /** `{ type, …parameters }` (T1.1, no quorum). */
  readonly rule: OpenRule;
  readonly quorum: Fraction | null;
  readonly closesAt: number;
  readonly finalAt: number;
  /** Weights by sub-chapter; chapters not listed weigh 1. */
  readonly weights: readonly WeightEntry[];
  /** The proposal's open votes this one replaces (current or contested), sorted or not. */
  readonly supersedes: readonly RecordId[];
}

/** Why an open cannot be made; the message is for the member. */
export class OpenVoteError extends VoteProblem {
  constructor(code: VoteProblemCode, message: string, values: Readonly<Record<string, string>> = {}) {
    super(code, message, values);
    this.name = "OpenVoteError";
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Opens a vote and resolves with the open's id once it is written.
 * @throws {NoAuthority} if the member may not open it (V2.6).
 * @throws {OpenVoteError} if the organisation is not read yet, the electorate is empty or too
 *   large for one open, the closing time has passed, or the body breaks V2 (its parser's words).
 * @throws whatever signing or writing throws (a locked identity, a document not held).
 */
export async function openVote(signer: VoteSigner, votes: ProposalVotes, request: OpenVoteRequest): Promise<RecordId> {
  const view = await votes.organisation.refresh();
  if (view.fold === undefined) throw new OpenVoteError("not-read-yet", "The organisation's records are not read yet; try again in a moment.");
  const { roster } = view;
  const authority = authorOrFacilitatorDeps(roster, request.chapter, signer.key, request.author);
  if (request.closesAt <= signer.now()) throw new OpenVoteError("closing-passed", "The closing time has already passed.");
  if (request.finalAt < request.closesAt) throw new OpenVoteError("final-before-close", "The finality time must be at or after the closing time.");
  const weights = [...request.weights].filter((w) => w.weight !== 1).sort((a, b) => byText(a.chapter, b.chapter));
  const plan = electoratePlan(roster, request.chapter, weights);
  if (plan.members === 0) throw new OpenVoteError("no-members", "The chapter has no members to vote.");
  if (!planFits(plan)) throw new OpenVoteError("too-many-boxes", "The electorate is spread over more chapters than one vote can hold ballot boxes for.");
  const heads = rosterHeads(view.fold);

  const boxes: BoxEntry[] = [];
  for (const { chapter } of plan.boxChapters) {
    for (let shard = 0; shard < plan.shards; shard++) {
      // The open's id is not known yet: the hint names the proposal until `nameBoxes`.
      const document = votes.createBox({ open: votes.proposal, chapter, shard });
      boxes.push({ chapter, shard, document });
    }
  }
  boxes.sort(compareBoxes);
  const supersedes = [...new Set(request.supersedes)].sort(byText);
  const body = {
    chapter: request.chapter,
    proposal: votes.proposal,
    version: request.version.id,
    amendment: null,
    textHash: request.version.textHash,
    options: request.version.options.map((option) => option.id),
    rule: { ...request.rule },
    quorum: request.quorum === null ? null : { num: request.quorum.num, den: request.quorum.den },
    closesAt: request.closesAt,
    finalAt: request.finalAt,
    roster: { heads },
    weights: weights.map(({ chapter, weight }) => ({ chapter, weight })),
    boxes: { shards: plan.shards, list: boxes.map(({ chapter, shard, document }) => ({ chapter, shard, document })) },
    supersedes,
  } as unknown as CanonicalValue;
  const parsed = parseVoteBody("open", body);
  if (!parsed.ok) throw new OpenVoteError("cannot-open", `This vote cannot be opened: ${parsed.problem}`, { detail: parsed.problem });
  const record = await signer.sign("open", body, [...authority, request.chapter, votes.proposal, request.version.id, ...supersedes]);
  votes.nameBoxes(boxes.map((box) => box.document), record.id);
  votes.select(null);
  await votes.write(votes.proposalUrl, "votes", [record]);
  return record.id;
}
