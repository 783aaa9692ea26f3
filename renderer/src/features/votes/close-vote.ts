/**
 * Closing a vote (PROTOCOL.md V5, V6): the close, signed by a facilitator at or after the
 * closing time, records per box the count and the hash of the ballot ids it counted and the
 * tally of exactly those ballots; each non-empty box gets the closer's `counted` record listing
 * them, written into that box's document before the close itself is written, so no device holds
 * the close without what it rests on for long. A superseding close (V5.7) is the same with
 * `supersedes`, before the finality time.
 */
import { compareBoxes, countedHash, parseVoteBody, type CanonicalValue, type DocumentUrl, type ParsedRecord, type RecordId } from "@chapterhouse/crdt";
import { facilitatorDeps } from "./authority-for.js";
import type { ProposalVotes } from "./proposal-votes.js";
import type { VoteSigner } from "./vote-signer.js";
import type { ClosePlan, OpenSummary } from "./vote-reading.js";
import { VoteProblem, type VoteProblemCode } from "./vote-problem.js";

/** Why a close cannot be made; the message is for the member. */
export class CloseVoteError extends VoteProblem {
  constructor(code: VoteProblemCode, message: string, values: Readonly<Record<string, string>> = {}) {
    super(code, message, values);
    this.name = "CloseVoteError";
  }
}

/**
 * Signs and writes the close `plan` describes (from the reading: `closePlan` or `supersedePlan`);
 * resolves with the close's id.
 * @throws {NoAuthority} if the member is not a facilitator of the chapter (V5.4).
 * @throws {CloseVoteError} before the closing time (V5.3), for a superseding close at or after
 *   finality (V5.7), or if the body breaks V5.
 * @throws whatever signing or writing throws.
 */
export async function closeVote(signer: VoteSigner, votes: ProposalVotes, open: OpenSummary, plan: ClosePlan): Promise<RecordId> {
  const roster = votes.organisation.view.get().roster;
  const authority = facilitatorDeps(roster, open.body.chapter, signer.key, "close a vote");
  const now = signer.now();
  if (now < open.body.closesAt) throw new CloseVoteError("not-closing-yet", "Voting has not reached its closing time yet.");
  if (plan.supersedes !== null && now >= open.body.finalAt) throw new CloseVoteError("cannot-supersede", "The vote is final: its close can no longer be superseded.");
  const boxes = [...plan.boxes].sort(compareBoxes);
  const body = {
    open: open.id,
    boxes: boxes.map((box) => ({ chapter: box.chapter, shard: box.shard, count: box.ids.length, hash: countedHash(box.ids) })),
    result: plan.result,
    supersedes: plan.supersedes,
  } as unknown as CanonicalValue;
  const parsed = parseVoteBody("close", body);
  if (!parsed.ok) throw new CloseVoteError("cannot-close", `This close cannot be made: ${parsed.problem}`, { detail: parsed.problem });
  const close = await signer.sign("close", body, [...authority, open.id, ...(plan.supersedes === null ? [] : [plan.supersedes])]);
  const counted: { document: DocumentUrl; record: ParsedRecord }[] = [];
  for (const box of boxes) {
    if (box.ids.length === 0) continue;
    const entry = open.body.boxes.list.find((b) => b.chapter === box.chapter && b.shard === box.shard);
    if (entry === undefined) throw new CloseVoteError("unknown-box", "The close names a box the vote does not have.");
    const ids = [...box.ids].sort();
    const record = await signer.sign("counted", { open: open.id, close: close.id, chapter: box.chapter, shard: box.shard, ids }, [open.id, close.id]);
    counted.push({ document: entry.document, record });
  }
  for (const { document, record } of counted) await votes.write(document, "counted", [record]);
  await votes.write(votes.proposalUrl, "votes", [close]);
  return close.id;
}
