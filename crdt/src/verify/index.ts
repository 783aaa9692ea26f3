/** The strict ed25519 verifier (PROTOCOL.md S): pre-check, backends, backend choice, cache, fast signer. */
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
} from "./verified-cache.js";
export { webCryptoSignerFromSeed } from "./webcrypto-signer.js";
