/**
 * Recording a decision (PROTOCOL.md V7): after the finality time a facilitator signs the sealed
 * result of the current close into the deciding chapter's decisions log (its Chapter document,
 * map `decisions`), where it is final and may be cited.
 */
import type { RecordId } from "@chapterhouse/crdt/records";
import type { OpenSummary } from "@chapterhouse/crdt/report";
import type { TallyResult } from "@chapterhouse/crdt/tally";
import { decisionDraft } from "@chapterhouse/crdt/votes";
import { facilitatorDeps } from "./authority-for.js";
import type { OpenVotes } from "./open-votes.js";
import type { ShownVote } from "./shown-vote.js";
import type { VoteSigner } from "./vote-signer.js";
import { VoteProblem, type VoteProblemCode } from "./vote-problem.js";

/** Why a decision cannot be recorded; the message is for the member. */
export class RecordDecisionError extends VoteProblem {
  constructor(code: VoteProblemCode, message: string, values: Readonly<Record<string, string>> = {}) {
    super(code, message, values);
    this.name = "RecordDecisionError";
  }
}

/**
 * Signs the decision of the reading's current close and writes it into the chapter's log;
 * resolves with its id.
 * @throws {VoteProblem} if the member is not a facilitator of the chapter (V7.3).
 * @throws {RecordDecisionError} before the finality time (V7.2), or if the vote has no verified
 *   current close (V7.4, V7.5), or its chapter's document is not known here.
 * @throws whatever signing or writing throws.
 */
export async function recordDecision(signer: VoteSigner, votes: OpenVotes, open: OpenSummary, reading: ShownVote): Promise<RecordId> {
  const report = reading.report;
  if (report === null || report.close === null || report.sealed === null || !report.matches) {
    throw new RecordDecisionError("no-verified-close", "The vote has no verified close to record.");
  }
  const { roster } = votes.organisation.view.get();
  const { chapter, proposal } = open.body;
  const authority = facilitatorDeps(roster, chapter, signer.key, "record a decision");
  if (signer.now() < open.body.finalAt) throw new RecordDecisionError("not-final", "The vote is not final yet.");
  const document = roster.chapters.get(chapter)?.document;
  if (document === undefined) throw new RecordDecisionError("chapter-unknown", "The chapter's document is not known on this device.");
  const record = await signer.sign(decisionDraft({ chapter, proposal, open: open.id, close: report.close, result: report.sealed as unknown as TallyResult }, authority));
  await votes.documents.write(document, "decisions", [record]);
  await votes.refresh();
  return record.id;
}
