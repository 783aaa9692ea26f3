/** Proposals (PROTOCOL.md P): bodies, content hash, causal-past authority, judging, derived stages. */
export {
  MAX_ACCEPTS,
  MAX_COMMENT_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_REASON_LENGTH,
  MAX_SEQ,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  parseProposalBody,
  proposalNamedIds,
  type AmendmentBody,
  type AmendmentChange,
  type AmendmentRejectBody,
  type CommentBody,
  type ProposalBody,
  type ProposalBodyResult,
  type ProposalKind,
  type ProposalRecordBody,
  type VersionBody,
  type VersionOption,
} from "./proposal-bodies.js";
export { PROPOSAL_KINDS, PROPOSAL_SPECS, isProposalKind } from "./kinds.js";
export { parseStageHint, stageHintDraft, type StageHintBody } from "./stage-hint.js";
export { amendedContent, contentHash, type VotedContent } from "./content-hash.js";
export { RECORD_STATUSES, VALID, verdict, type RecordStatus, type Verdict } from "./record-status.js";
export { CausalRosters, type CausalRoster, type Unconfirmed } from "./causal-rosters.js";
export { causalOrder } from "./causal-order.js";
export { authorOrFacilitatorProblem, facilitatorProblem, memberProblem } from "./signer-authority.js";
export {
  judgeProposal,
  type Accepted,
  type AcceptedVersion,
  type ProposalContext,
  type ProposalState,
} from "./judge-proposal.js";
export {
  STAGES,
  amendmentStates,
  proposalStage,
  stageRank,
  type AmendmentState,
  type ProposalStage,
  type StageFacts,
} from "./proposal-stage.js";
export {
  amendmentDraft,
  amendmentRejectDraft,
  commentDraft,
  proposalDraft,
  signAmendment,
  signAmendmentReject,
  signComment,
  signProposal,
  signVersion,
  versionDraft,
  type SignOptions,
} from "./proposal-records.js";
export { authorOrFacilitatorDeps } from "./author-or-facilitator-deps.js";
export { describeProposal, type ProposalOutcome } from "./describe-proposal.js";
export { judgeProposalDocument, type ProposalDocumentContext, type ProposalDocumentJudgement } from "./judge-proposal-document.js";
export { judgeProposalIndex, type ProposalIndex } from "./proposal-index.js";
export type {
  AmendmentEntry,
  CommentEntry,
  CurrentVote,
  ProposalDetail,
  ProposalIndexEntry,
  ProposalJudged,
  RefusedRecord,
  VersionEntry,
} from "./proposal-detail.js";
