/** Signed records (PROTOCOL.md R): branded ids, the strict JSON reader, canonical JSON, the envelope, rejection reasons. */
export type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "./ids.js";
export {
  JsonNumber,
  MAX_JSON_DEPTH,
  StrictJsonError,
  parseStrictJson,
  type StrictJson,
  type StrictJsonOptions,
  type StrictJsonRefusal,
} from "./strict-json.js";
export { CanonicalError, MAX_DEPTH, canonicalize, isObject, parseCanonical, type CanonicalValue } from "./canonical.js";
export {
  MAX_DEPS,
  MAX_RECORD_LENGTH,
  RECORD_VERSION,
  isParsed,
  parseRecord,
  recordIdOf,
  signRecord,
  signingBytes,
  sigMemberOf,
  signingBytesOf,
  sortDeps,
  type Envelope,
  type ParseFailure,
  type ParsedRecord,
  type RecordIdFunction,
  type Signer,
  type UnsignedEnvelope,
} from "./record.js";
export type { Rejection, RejectionReason } from "./rejection.js";
