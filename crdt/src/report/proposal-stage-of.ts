/**
 * A proposal's stage as its page shows it (PROTOCOL.md P7): drafting, deliberation and voting
 * follow from the proposal's own records and its opens; closing and recording are judged by the
 * verification of its current vote (V9), which needs that vote's ballot boxes.
 */
import type { ProposalOutcome } from "../proposals/describe-proposal.js";
import { proposalStage, type ProposalStage } from "../proposals/proposal-stage.js";
import type { VoteJudge } from "./verify-vote.js";
import { voteBundleFor } from "./vote-bundle-for.js";
import type { VoteBundleDocument } from "./vote-bundle.js";

/**
 * The stage of a described proposal, given the documents this device holds (`documents`: the
 * organisation's, the Proposal document and the ballot boxes it holds). Without a close of the
 * current open, or without any of its boxes, the stage is judged from the proposal alone (a close
 * cannot be judged without what it counted). Never throws on content.
 * @throws whatever the verifier throws (a backend failure).
 */
export async function proposalStageOf(outcome: ProposalOutcome, documents: readonly VoteBundleDocument[], judge: VoteJudge): Promise<ProposalStage> {
  const base = proposalStage(outcome.state, { open: outcome.votingOpen, closed: false, recorded: false });
  const vote = outcome.vote;
  const boxes = new Set<string>(vote?.boxes ?? []);
  if (vote === null || !vote.closeHeld || !documents.some((d) => d.type === "ballot-box" && boxes.has(d.url))) return base;
  const { report } = await judge(voteBundleFor(documents, outcome.state.id, vote.open));
  return report.proposal.stage ?? base;
}
