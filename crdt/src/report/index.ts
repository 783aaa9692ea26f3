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
  mergeDocuments,
  type VoteBundle,
  type VoteBundleDocument,
} from "./vote-bundle.js";
export { coalescingVerifier } from "./coalescing-verifier.js";
export { readHeldRecords, type BundleRecords, type RecordPlace, type Refusal, type VerifiedIdCache } from "./held-records.js";
export { verifyVote, type VerifyVoteOptions } from "./verify-vote.js";
export {
  VOTE_REPORT_TYPE,
  voteReportToCanonical,
  type RecordLine,
  type ReportEntry,
  type VoteProblem,
  type VoteReport,
} from "./vote-report.js";
