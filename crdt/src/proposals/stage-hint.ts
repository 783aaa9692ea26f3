/**
 * The stage hint (PROTOCOL.md P8): a member's signed note, in the chapter's `proposals` index,
 * that a proposal reached a stage, so that the chapter page lists its proposals with their stages
 * from the Chapter document alone (DESIGN §3). Never authority: a proposal page derives the stage
 * from the proposal's own records (P7) and signs a new hint when the index lags behind.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ProposalId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import { firstProblem, idProblem, membersProblem, type BodyObject } from "./field-checks.js";
import { STAGES, type ProposalStage } from "./proposal-stage.js";

/** `proposal-stage` (P8): exactly `{ proposal, stage }`. */
export interface StageHintBody {
  readonly kind: "proposal-stage";
  readonly proposal: ProposalId;
  readonly stage: ProposalStage;
}

/** Parses a stage hint's body (P8). Never throws. */
export function parseStageHint(body: CanonicalValue): BodyParse<StageHintBody> {
  const b = body as BodyObject;
  const problem =
    membersProblem(body, ["proposal", "stage"]) ??
    firstProblem(idProblem("proposal", b.proposal), (STAGES as readonly CanonicalValue[]).includes(b.stage ?? null) ? undefined : `stage is not one of ${STAGES.join(", ")}`);
  return problem === undefined ? { ok: true, body: { kind: "proposal-stage", proposal: b.proposal as ProposalId, stage: b.stage as ProposalStage } } : { ok: false, problem };
}

/**
 * A stage hint to sign: `deps` are the signer's membership grant in the proposal's chapter (and
 * nothing held only in the Proposal document); the proposal is added to them. Never throws.
 */
export function stageHintDraft(proposal: ProposalId, stage: ProposalStage, deps: Iterable<RecordId>): RecordDraft<"proposal-stage", BodyFields<StageHintBody>> {
  return { kind: "proposal-stage", body: { proposal, stage }, deps: withNamed(deps, proposal) };
}
