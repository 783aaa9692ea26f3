/**
 * Opening a vault (PROTOCOL.md K4.7). Opening never changes the vault: a wrong passphrase
 * costs one scrypt and loses nothing.
 */
import nacl from "tweetnacl";
import { phraseFromEntropy, type RecoveryPhrase } from "./recovery-phrase.js";
import { parseVault } from "./vault-envelope.js";
import { VaultError } from "./vault-error.js";
import { deriveVaultKeys, type ProgressCallback } from "./vault-key.js";

/** Options for openVault. */
export interface OpenVaultOptions {
  readonly onProgress?: ProgressCallback;
}

/**
 * The recovery phrase sealed in a vault's text.
 * @throws {VaultError} "wrong-passphrase" if the passphrase does not derive the check value;
 *   "corrupt" if it does but the ciphertext fails authentication; any parseVault code if the
 *   text is not a readable v1 vault within K4.3's bounds (checked before any key derivation).
 * @throws {TypeError} if `passphrase` is not a string.
 * @throws whatever `options.onProgress` throws.
 */
export async function openVault(text: string, passphrase: string, options: OpenVaultOptions = {}): Promise<RecoveryPhrase> {
  const vault = parseVault(text);
  if (typeof passphrase !== "string") throw new TypeError("vault: the passphrase must be a string");
  const { key, check } = await deriveVaultKeys(passphrase, vault.salt, vault.params, options.onProgress);
  if (!equalBytes(check, vault.check)) throw new VaultError("wrong-passphrase", "wrong passphrase");
  const entropy = nacl.secretbox.open(vault.ciphertext, vault.nonce, key);
  if (entropy === null) throw new VaultError("corrupt", "the passphrase is right but the vault's contents were altered or damaged");
  return phraseFromEntropy(entropy);
}

/** Compares without an early exit, so timing says nothing about where bytes differ. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
