/** Private content (PROTOCOL.md PV): scope keys and epochs, sealed keys, key records, envelopes, and reading them. */
export { PRIVATE_SPECS } from "./kinds.js";
export { SCOPE_KEY_BYTES, epochOf, newScopeKey, type EpochId, type ScopeKey } from "./scope-key.js";
export { SEALED_KEY_BYTES, openSealed, openSealedKey, sealKey, sealTo, type SealOpener } from "./seal-key.js";
export { MAX_SEALED_MEMBERS, parseScopeKeyBody, type ScopeKeyBody } from "./scope-key-body.js";
export { scopeKeyDraft, type SealRecipient } from "./scope-key-records.js";
export {
  ENVELOPE_NONCE_BYTES,
  ENVELOPE_VERSION,
  MAX_ENVELOPE_LENGTH,
  MAX_PLAINTEXT_BYTES,
  envelopeAad,
  envelopeIdOf,
  openEnvelope,
  parseEnvelope,
  sealEnvelope,
  type Envelope,
  type EnvelopeId,
  type SealedEnvelope,
} from "./envelope.js";
export { PrivateError, type PrivateErrorCode } from "./private-error.js";
export { epochsOf, readScopeKeys, type EpochReading, type ScopeKeyProblem, type ScopeKeys, type ScopeReader } from "./read-scope-keys.js";
export { readEnvelopes, type EnvelopeReading, type EnvelopeReadingInput, type StoredEnvelope } from "./read-envelopes.js";
export { MAX_LOCKBOX_LENGTH, openLockbox, parseLockbox, sealLockbox, type Lockbox, type LockboxOpening } from "./key-lockbox.js";
export { readLockboxes, type LockboxReading } from "./read-lockboxes.js";
export type { EnvelopeFault } from "./sealed-frame.js";
export { writingEpoch } from "./writing-epoch.js";
export { webCryptoSealOpener, type AsyncSealOpener } from "./webcrypto-seal-opener.js";
