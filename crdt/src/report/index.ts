/** Verifying a vote (PROTOCOL.md V9, V10): the vote bundle, the pipeline and the report. */
export {
  MAX_BUNDLE_DOCUMENTS,
  MAX_BUNDLE_RECORDS,
  VOTE_BUNDLE_DOCUMENT_TYPES,
  VOTE_BUNDLE_TYPE,
  VOTE_BUNDLE_VERSION,
  VoteBundleError,
  decodeVoteBundle,
  encodeVoteBundle,
  keptText,
  mergeDocuments,
  type VoteBundle,
  type VoteBundleDocument,
} from "./vote-bundle.js";
export { coalescingVerifier } from "./coalescing-verifier.js";
export { readHeldRecords, type BundleRecords, type CheckedDocument, type RecordPlace, type Refusal } from "./held-records.js";
export { judgeVote, verifyVote, type JudgedVote, type VerifyVoteOptions, type VoteBundleInReading, type VoteJudge } from "./verify-vote.js";
export { VoteBundleNotInOrder, VoteBundleReading } from "./vote-bundle-reading.js";
export { bundleDocumentOfSnapshot } from "./bundle-document.js";
export { openBoxDocuments, presentAssembly, voteBundleFor } from "./vote-bundle-for.js";
export { readVote, type ReadVoteOptions } from "./read-vote.js";
export type {
  BallotSummary,
  CarriedWeight,
  ClosePlan,
  CloseSummary,
  DecisionSummary,
  OpenSummary,
  VersionSummary,
  VoteReadInput,
  VoteReading,
} from "./vote-reading.js";
export {
  VOTE_REPORT_TYPE,
  voteReportToCanonical,
  type RecordLine,
  type ReportEntry,
  type VoteProblem,
  type VoteReport,
} from "./vote-report.js";
export { proposalStageOf } from "./proposal-stage-of.js";
export {
  readProposalIndexes,
  readProposals,
  type LocatedSnapshot,
  type OrganisationSnapshots,
  type ProposalSnapshots,
  type ProposalsRead,
  type SignedRead,
  type TypedSnapshot,
} from "./read-proposals.js";
