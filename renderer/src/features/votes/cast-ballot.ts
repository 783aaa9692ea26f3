/**
 * Casting (and changing) a ballot (PROTOCOL.md V4): signed `{ chapter, proposal, open, textHash,
 * choice, seq }` with `seq` one above the member's highest in the vote (V4.8: the highest counts),
 * written to the member's own box (V4.6: the box of their lowest chapter among the open's, shard
 * by key). A ballot counts in any box of the vote (V4.3), so a member of no boxed chapter writes
 * to the first box, and a member whose own box has not reached this device yet to one it holds.
 */
import { MAX_SEQ, shardOf, type BoxEntry, type Choice, type MemberKey, type OpenBody, type RecordId, type Roster } from "@chapterhouse/crdt";
import { lowestChapterOf } from "./electorate-plan.js";
import type { ProposalVotes } from "./proposal-votes.js";
import type { VoteSigner } from "./vote-signer.js";
import type { OpenSummary } from "./vote-reading.js";
import { VoteProblem, type VoteProblemCode } from "./vote-problem.js";

/** Why a ballot cannot be cast; the message is for the member. */
export class CastBallotError extends VoteProblem {
  constructor(code: VoteProblemCode, message: string, values: Readonly<Record<string, string>> = {}) {
    super(code, message, values);
    this.name = "CastBallotError";
  }
}

/** The box a member writes to (V4.6). Never throws; undefined only for an open with no boxes. */
export function boxFor(open: OpenBody, roster: Roster, key: MemberKey): BoxEntry | undefined {
  const boxed = new Set(open.boxes.list.map((box) => box.chapter));
  const mine = [...roster.chapters.values()].filter((c) => c.members.has(key) && boxed.has(c.id)).map((c) => c.id);
  const home = lowestChapterOf(roster, mine);
  const shard = shardOf(key, open.boxes.shards);
  return (
    open.boxes.list.find((box) => box.chapter === home && box.shard === shard) ??
    open.boxes.list.find((box) => box.chapter === home) ??
    open.boxes.list[0]
  );
}

/**
 * Signs and writes a ballot; resolves with its id and seq once written.
 * @param highestSeq the member's highest seq in this vote known here (the reading's, or a later
 *   one cast from this device before the reading caught up).
 * @throws {CastBallotError} if the vote is not open for ballots or the seq would pass 2^31.
 * @throws whatever signing or writing throws.
 */
export async function castBallot(
  signer: VoteSigner,
  votes: ProposalVotes,
  open: OpenSummary,
  choice: Choice,
  highestSeq: number,
): Promise<{ readonly id: RecordId; readonly seq: number }> {
  if (open.status !== "valid") throw new CastBallotError("not-current", "This vote is not the proposal's current vote.");
  if (signer.now() >= open.body.finalAt) throw new CastBallotError("final", "This vote is final; no ballot can be cast any more.");
  const seq = highestSeq + 1;
  if (seq > MAX_SEQ) throw new CastBallotError("too-many-changes", "This ballot was changed too many times.");
  const roster = votes.organisation.view.get().roster;
  const own = boxFor(open.body, roster, signer.key);
  // A ballot counts in any box of the vote (V4.3): if the member's own box has not reached this
  // device yet, another box it holds takes the ballot.
  const box = own !== undefined && votes.isReady(own.document) ? own : (open.body.boxes.list.find((b) => votes.isReady(b.document)) ?? own);
  if (box === undefined) throw new CastBallotError("no-box", "This vote has no ballot box.");
  const { chapter, proposal, textHash } = open.body;
  const record = await signer.sign("ballot", { chapter, proposal, open: open.id, textHash, choice, seq }, [chapter, proposal, open.id]);
  await votes.write(box.document, "ballots", [record]);
  return { id: record.id, seq };
}
