/**
 * Casting (and changing) a ballot (PROTOCOL.md V4): signed `{ chapter, proposal, open, textHash,
 * choice, seq }` with `seq` one above the member's highest in the vote (V4.8: the highest counts),
 * written to the member's own box (V4.6, as the vote reading says: `mine.box`). A ballot counts in
 * any box of the vote (V4.3), so a member whose own box has not reached this device yet writes to
 * one it holds.
 */
import { MAX_SEQ } from "@chapterhouse/crdt/proposals";
import type { RecordId } from "@chapterhouse/crdt/records";
import type { OpenSummary } from "@chapterhouse/crdt/report";
import type { Choice } from "@chapterhouse/crdt/tally";
import { ballotDraft, boxFor, type BoxEntry } from "@chapterhouse/crdt/votes";
import type { OpenVotes } from "./open-votes.js";
import type { VoteSigner } from "./vote-signer.js";
import { VoteProblem, type VoteProblemCode } from "./vote-problem.js";

/** Why a ballot cannot be cast; the message is for the member. */
export class CastBallotError extends VoteProblem {
  constructor(code: VoteProblemCode, message: string, values: Readonly<Record<string, string>> = {}) {
    super(code, message, values);
    this.name = "CastBallotError";
  }
}

/**
 * Signs and writes a ballot; resolves with its id and seq once written.
 * @param highestSeq the member's highest seq in this vote known here (the reading's, or a later
 *   one cast from this device before the reading caught up).
 * @throws {CastBallotError} if the vote is not open for ballots or the seq would pass 2^31.
 * @throws whatever signing or writing throws.
 */
export async function castBallot(signer: VoteSigner, votes: OpenVotes, open: OpenSummary, choice: Choice, highestSeq: number): Promise<{ readonly id: RecordId; readonly seq: number }> {
  if (open.status !== "valid") throw new CastBallotError("not-current", "This vote is not the proposal's current vote.");
  if (signer.now() >= open.body.finalAt) throw new CastBallotError("final", "This vote is final; no ballot can be cast any more.");
  const seq = highestSeq + 1;
  if (seq > MAX_SEQ) throw new CastBallotError("too-many-changes", "This ballot was changed too many times.");
  const reading = votes.view.get().reading;
  const own: BoxEntry | undefined = reading?.open === open.id && reading.mine.box !== null ? reading.mine.box : boxFor(open.body, votes.organisation.view.get().roster, signer.key);
  const held = (box: BoxEntry) => votes.documents.state(box.document) === "ready";
  const box = own !== undefined && held(own) ? own : (open.body.boxes.list.find(held) ?? own);
  if (box === undefined) throw new CastBallotError("no-box", "This vote has no ballot box.");
  const { chapter, proposal, textHash } = open.body;
  const record = await signer.sign(ballotDraft({ chapter, proposal, open: open.id, textHash, choice, seq }));
  await votes.documents.write(box.document, "ballots", [record]);
  return { id: record.id, seq };
}
