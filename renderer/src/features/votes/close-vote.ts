/**
 * Closing a vote (PROTOCOL.md V5, V6): the close, signed by a facilitator at or after the closing
 * time, records per box the count and the hash of the ballot ids it counted and the tally of
 * exactly those ballots (the reading's close plan, V12.3); each non-empty box gets the closer's
 * `counted` record listing them, written into that box's document before the close itself is
 * written, so no device holds the close without what it rests on for long. A superseding close
 * (V5.7) is the same with `supersedes`, before the finality time.
 */
import type { RecordId } from "@chapterhouse/crdt/records";
import type { OpenSummary } from "@chapterhouse/crdt/report";
import { closeDraft, countedDrafts, parseVoteBody } from "@chapterhouse/crdt/votes";
import { facilitatorDeps } from "./authority-for.js";
import type { OpenVotes } from "./open-votes.js";
import type { PlanChoice } from "./shown-vote.js";
import type { VoteSigner } from "./vote-signer.js";
import { VoteProblem, type VoteProblemCode } from "./vote-problem.js";

/** Why a close cannot be made; the message is for the member. */
export class CloseVoteError extends VoteProblem {
  constructor(code: VoteProblemCode, message: string, values: Readonly<Record<string, string>> = {}) {
    super(code, message, values);
    this.name = "CloseVoteError";
  }
}

/**
 * Signs and writes the close the reading's plan `which` describes (V12.3: `closePlan` or
 * `supersedePlan`, asked of the worker now, with every ballot id it counts); resolves with the
 * close's id.
 * @throws {VoteProblem} if the member is not a facilitator of the chapter (V5.4).
 * @throws {CloseVoteError} before the closing time (V5.3), for a superseding close at or after
 *   finality (V5.7), when the plan no longer exists (another close arrived), or if the body breaks V5.
 * @throws whatever signing or writing throws.
 */
export async function closeVote(signer: VoteSigner, votes: OpenVotes, open: OpenSummary, which: PlanChoice): Promise<RecordId> {
  const authority = facilitatorDeps(votes.organisation.view.get().roster, open.body.chapter, signer.key, "close a vote");
  const now = signer.now();
  if (now < open.body.closesAt) throw new CloseVoteError("not-closing-yet", "Voting has not reached its closing time yet.");
  const plan = await votes.closePlan(which);
  if (plan === null) throw new CloseVoteError("nothing-to-close", "The vote changed meanwhile: there is nothing to close now.");
  if (plan.supersedes !== null && now >= open.body.finalAt) throw new CloseVoteError("cannot-supersede", "The vote is final: its close can no longer be superseded.");
  const draft = closeDraft({ open: open.id, boxes: plan.boxes, result: plan.result, supersedes: plan.supersedes, ...(plan.presence === undefined ? {} : { presence: plan.presence }) }, authority);
  const parsed = parseVoteBody("close", draft.body);
  if (!parsed.ok) throw new CloseVoteError("cannot-close", `This close cannot be made: ${parsed.problem}`, { detail: parsed.problem });
  const close = await signer.sign(draft);
  const written: { document: (typeof open.body.boxes.list)[number]["document"]; draft: ReturnType<typeof countedDrafts>[number] }[] = [];
  for (const counted of countedDrafts(open.id, close.id, plan.boxes)) {
    const entry = open.body.boxes.list.find((b) => b.chapter === counted.body.chapter && b.shard === counted.body.shard);
    if (entry === undefined) throw new CloseVoteError("unknown-box", "The close names a box the vote does not have.");
    written.push({ document: entry.document, draft: counted });
  }
  for (const { document, draft: counted } of written) await votes.documents.write(document, "counted", [await signer.sign(counted)]);
  await votes.documents.write(votes.proposalUrl, "votes", [close]);
  return close.id;
}
