/**
 * The vault's key derivation (PROTOCOL.md K4.4): scrypt (RFC 7914) in pure JS, because
 * WebCrypto is missing on phones that load the app over plain http. One 64-byte output gives
 * the secretbox key (first 32 bytes) and the check value (last 32 bytes), two separate
 * PBKDF2 output blocks, so publishing the check reveals nothing about the key and an attacker
 * still pays a full scrypt per guess.
 */
import { scryptAsync } from "@noble/hashes/scrypt.js";
import { utf8 } from "../encoding/utf8.js";
import type { ScryptParams } from "./vault-params.js";

/** What scrypt gives the vault. */
export interface VaultKeys {
  /** 32 bytes: the `nacl.secretbox` key. */
  readonly key: Uint8Array;
  /** 32 bytes: stored in the vault to tell a wrong passphrase from an altered ciphertext. */
  readonly check: Uint8Array;
}

/** Reports progress as a fraction from 0 to 1; called often, so throttle what it draws. */
export type ProgressCallback = (fraction: number) => void;

/**
 * scrypt(P = UTF-8(NFKD(passphrase)), S = salt, N, r, p, dkLen = 64), split into key and check.
 * Yields to the event loop every few milliseconds. Does not check the parameters' bounds:
 * callers do (checkVaultParams).
 * @throws {Error} if scrypt refuses the parameters, or whatever `onProgress` throws.
 */
export async function deriveVaultKeys(
  passphrase: string,
  salt: Uint8Array,
  params: ScryptParams,
  onProgress?: ProgressCallback,
): Promise<VaultKeys> {
  const out = await scryptAsync(utf8(passphrase.normalize("NFKD")), salt, {
    N: params.N,
    r: params.r,
    p: params.p,
    dkLen: 64,
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  return { key: out.slice(0, 32), check: out.slice(32, 64) };
}
