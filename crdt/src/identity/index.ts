/** Identities and the vault (PROTOCOL.md K2–K4): the public API of this folder. */
export { PhraseError, type PhraseProblem } from "./phrase-error.js";
export {
  PHRASE_ENTROPY_BYTES,
  PHRASE_WORDS,
  generatePhrase,
  parsePhrase,
  phraseEntropy,
  phraseFromEntropy,
  phraseSeed,
  phraseWords,
  type RecoveryPhrase,
} from "./recovery-phrase.js";
export { SLIP10_HARDENED, slip10Child, slip10Derive, slip10Master, type Slip10Node } from "./slip10.js";
export { CHAPTERHOUSE_PURPOSE, HOME_DOCUMENT_BYTES, IDENTITY_PATHS, deriveIdentityKeys, type IdentityKeys } from "./identity-keys.js";
export { identityFromPhrase, type BoxKeyPair, type Identity } from "./identity.js";
export { VaultError, type VaultErrorCode } from "./vault-error.js";
export { DEFAULT_VAULT_PARAMS, MAX_VAULT_PARAMS, MIN_VAULT_PARAMS, checkVaultParams, type ScryptParams } from "./vault-params.js";
export type { ProgressCallback } from "./vault-key.js";
export {
  MAX_VAULT_LENGTH,
  VAULT_CHECK_BYTES,
  VAULT_CIPHERTEXT_BYTES,
  VAULT_NONCE_BYTES,
  VAULT_SALT_BYTES,
  VAULT_TYPE,
  VAULT_VERSION,
  parseVault,
  type Vault,
} from "./vault-envelope.js";
export { sealVault, sealVaultWithRandom, type SealOptions, type SealVaultInput } from "./seal-vault.js";
export { openVault, type OpenVaultOptions } from "./open-vault.js";
