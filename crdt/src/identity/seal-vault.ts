/**
 * Sealing a recovery phrase into a vault (PROTOCOL.md K4.5, K4.6). Pure: the salt and nonce
 * are passed in; sealVaultWithRandom draws them from the caller's random source.
 */
import nacl from "tweetnacl";
import { phraseEntropy, type RecoveryPhrase } from "./recovery-phrase.js";
import { VAULT_NONCE_BYTES, VAULT_SALT_BYTES, formatVault } from "./vault-envelope.js";
import { deriveVaultKeys, type ProgressCallback } from "./vault-key.js";
import { DEFAULT_VAULT_PARAMS, checkVaultParams, type ScryptParams } from "./vault-params.js";

/** Options shared by the sealing functions. */
export interface SealOptions {
  /** scrypt parameters; DEFAULT_VAULT_PARAMS if absent. Must be within K4.3's bounds. */
  readonly params?: ScryptParams;
  readonly onProgress?: ProgressCallback;
}

/** Everything sealVault needs. */
export interface SealVaultInput extends SealOptions {
  readonly phrase: RecoveryPhrase;
  /** Any non-empty text; normalised with NFKD before use (K4.4). */
  readonly passphrase: string;
  /** 16 random bytes, fresh for every vault. */
  readonly salt: Uint8Array;
  /** 24 random bytes, fresh for every vault (never reuse one with the same key). */
  readonly nonce: Uint8Array;
}

/**
 * The vault text that keeps `phrase`'s entropy under `passphrase` (K4.5, K4.6).
 * @throws {TypeError} if the passphrase is empty or the salt or nonce has the wrong length.
 * @throws {PhraseError} if `phrase` is not a valid recovery phrase.
 * @throws {VaultError} "kdf-out-of-bounds" or "malformed" if `params` break K4.3.
 */
export async function sealVault(input: SealVaultInput): Promise<string> {
  const { phrase, passphrase, salt, nonce, params = DEFAULT_VAULT_PARAMS, onProgress } = input;
  if (typeof passphrase !== "string" || passphrase.length === 0) throw new TypeError("vault: the passphrase must not be empty");
  if (!(salt instanceof Uint8Array) || salt.length !== VAULT_SALT_BYTES) throw new TypeError(`vault: salt must be ${VAULT_SALT_BYTES} bytes`);
  if (!(nonce instanceof Uint8Array) || nonce.length !== VAULT_NONCE_BYTES) throw new TypeError(`vault: nonce must be ${VAULT_NONCE_BYTES} bytes`);
  checkVaultParams(params);
  const entropy = phraseEntropy(phrase);
  const { key, check } = await deriveVaultKeys(passphrase, salt, params, onProgress);
  const ciphertext = nacl.secretbox(entropy, nonce, key);
  return formatVault({ params, salt, nonce, check, ciphertext });
}

/**
 * sealVault with a fresh salt and nonce from `randomBytes` (a cryptographically secure
 * source, e.g. `(n) => crypto.getRandomValues(new Uint8Array(n))`).
 * @throws as sealVault does.
 */
export async function sealVaultWithRandom(
  phrase: RecoveryPhrase,
  passphrase: string,
  randomBytes: (length: number) => Uint8Array,
  options: SealOptions = {},
): Promise<string> {
  const salt = randomBytes(VAULT_SALT_BYTES);
  const nonce = randomBytes(VAULT_NONCE_BYTES);
  return sealVault({ ...options, phrase, passphrase, salt, nonce });
}
