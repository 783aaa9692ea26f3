/**
 * The `proposal-stage` record (PROTOCOL.md D4: Chapter `proposals`): a member's signed note, in the
 * chapter's index, that a proposal reached a stage, so that the chapter page shows each proposal's
 * stage from the Chapter document alone (DESIGN §3) without opening every Proposal document.
 *
 * It is a hint, never authority (P7: stages are derived): the proposal page derives the stage from
 * the proposal's own records, and notes it here when the index lags. Body `{ proposal, stage }`,
 * exactly those members; `deps` cite the proposal and the signer's grant, nothing held only in the
 * Proposal document, so the index can judge it from the organisation's documents: valid when its
 * proposal is listed validly in the same index, its causal past is held (P1.3) and its signer has
 * member authority over the proposal's chapter there. The index shows the furthest valid stage.
 */
import type { CanonicalValue, ProposalId, ProposalStage } from "@chapterhouse/crdt";

/** The record kind. */
export const PROPOSAL_STAGE = "proposal-stage";

/** The stages in the order a proposal goes through them (P7). */
export const STAGES: readonly ProposalStage[] = Object.freeze([
  "draft",
  "deliberation",
  "voting",
  "closed",
  "recorded",
]);

/** A stage hint's body. */
export interface StageHintBody {
  readonly proposal: ProposalId;
  readonly stage: ProposalStage;
}

/** The position of a stage in STAGES. Never throws. */
export function stageRank(stage: ProposalStage): number {
  return STAGES.indexOf(stage);
}

/** The body to sign. Never throws. */
export function stageHintBody(proposal: ProposalId, stage: ProposalStage): CanonicalValue {
  return { proposal, stage };
}

/** Reads a hint's body: undefined unless exactly `{ proposal: <string>, stage: <a stage> }`. Never throws. */
export function parseStageHint(body: CanonicalValue): StageHintBody | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const fields = body as { readonly [key: string]: CanonicalValue };
  if (Object.keys(fields).sort().join(",") !== "proposal,stage") return undefined;
  const { proposal, stage } = fields;
  if (
    typeof proposal !== "string" ||
    typeof stage !== "string" ||
    !(STAGES as readonly string[]).includes(stage)
  )
    return undefined;
  return { proposal: proposal as ProposalId, stage: stage as ProposalStage };
}
