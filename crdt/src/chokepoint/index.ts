/** The chokepoint (PROTOCOL.md D): the one read path from a document to its valid records, and the append-only record store. */
export {
  isDocumentSnapshot,
  type DocumentSnapshot,
  type MapSnapshot,
  type RecordCandidate,
} from "./candidate.js";
export { compareRejections, type MapRejection } from "./map-rejection.js";
export { recordTextOf, snapshotDocument } from "./snapshot-document.js";
export {
  verifySnapshot,
  type SnapshotVerifyOptions,
  type VerifiedIds,
  type VerifiedSnapshot,
} from "./verify-snapshot.js";
export { verifyRecordTexts, type RecordTexts } from "./verify-record-texts.js";
export {
  acceptAll,
  readSnapshot,
  type Authorisation,
  type Authorise,
  type DocumentRead,
  type DocumentReadOptions,
} from "./read-snapshot.js";
export { readDocument } from "./read-document.js";
export {
  readBallotBoxRecords,
  readChapterRecords,
  readConversationRecords,
  readHomeRecords,
  readOrganisationRecords,
  readProfileRecords,
  readProposalRecords,
  readThreadRecords,
} from "./document-readers.js";
export { requireContext, type ContextRules } from "./require-context.js";
export { RecordStoreError, type RecordScope, type RecordStore, type StoredRecord } from "./record-store.js";
export { createMemoryRecordStore } from "./memory-record-store.js";
export { recordStoreContract, type ContractHarness } from "./record-store-contract.js";
export { heldRecords, rememberRecords } from "./remember-records.js";
export { writeBack, writeBackInto, type HeldRecords, type WriteBackResult } from "./write-back.js";
export { mergeKeepingRecords, type KeptMerge } from "./merge-keeping-records.js";
