/**
 * Signatures (PROTOCOL.md S): the `Verifier` seam, the strict ed25519 pre-check, backends, backend
 * choice, cache, signers (tweetnacl, fast WebCrypto), worker pools.
 */
export type { SignatureCheck, Verifier } from "./verifier.js";
export { naclSignerFromSeed } from "./nacl-signer.js";
export { ED25519_L, ED25519_P, isSmallOrderEncoding, passesStrictPrecheck } from "./ed25519-precheck.js";
export { WEBCRYPTO_DEFAULT_CHUNK, webCryptoVerifier, type WebCryptoVerifierOptions } from "./webcrypto-verifier.js";
export { tweetnaclVerifier } from "./tweetnacl-verifier.js";
export {
  createVerifier,
  currentVerifierEnvironment,
  supportsWebCryptoEd25519,
  type VerifierEnvironment,
} from "./create-verifier.js";
export {
  POLICY_VERSION,
  VERIFIED_CACHE_DEFAULT_CAPACITY,
  VerifiedCache,
  verifyWithCache,
  type IdentifiedCheck,
  type VerifiedIdCache,
} from "./verified-cache.js";
export { webCryptoSignerFromSeed } from "./webcrypto-signer.js";
export { signerFromSeed, signsWebCryptoEd25519 } from "./signer-from-seed.js";
export { packChecks, unpackChecks, type PackedChecks } from "./packed-checks.js";
export { RecordSignatureCheck, recordSignatureCheck } from "./record-signature-check.js";
export { POOL_CHUNK, poolVerifier, verifyPacked, type CheckWorker, type PoolVerifierOptions } from "./pool-verifier.js";
