/**
 * scrypt parameters of the vault (PROTOCOL.md K4.3) and the bounds a reader enforces, so
 * that a hostile file can neither make a device work for minutes nor downgrade the vault to
 * trivially weak parameters.
 */
import { VaultError } from "./vault-error.js";

/** scrypt cost parameters (RFC 7914 §2). Memory used is 128·N·r bytes. */
export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  /** Block size. */
  readonly r: number;
  /** Parallelisation. */
  readonly p: number;
}

/** What a new vault uses: 128 MiB, about 0.7–1 s in pure JS on a laptop (K4.3). */
export const DEFAULT_VAULT_PARAMS: ScryptParams = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });
/** The weakest parameters a reader accepts: 16 MiB (K4.3). Tests use them to stay fast. */
export const MIN_VAULT_PARAMS: ScryptParams = Object.freeze({ N: 2 ** 14, r: 8, p: 1 });
/** The strongest parameters a reader accepts: 256 MiB, a few seconds on a laptop (K4.3). */
export const MAX_VAULT_PARAMS: ScryptParams = Object.freeze({ N: 2 ** 18, r: 8, p: 1 });

/**
 * Checks parameters against K4.3: N a power of two from 2^14 to 2^18, r = 8, p = 1.
 * @throws {VaultError} "malformed" if a value is not an integer, "kdf-out-of-bounds" if it is
 *   outside the bounds.
 */
export function checkVaultParams(params: ScryptParams): void {
  const { N, r, p } = params;
  if (![N, r, p].every((n) => Number.isSafeInteger(n))) throw new VaultError("malformed", "scrypt N, r and p must be integers");
  if (N < MIN_VAULT_PARAMS.N || N > MAX_VAULT_PARAMS.N || (N & (N - 1)) !== 0) {
    throw new VaultError("kdf-out-of-bounds", `scrypt N must be a power of two from 2^14 to 2^18, got ${N}`);
  }
  if (r < MIN_VAULT_PARAMS.r || r > MAX_VAULT_PARAMS.r) throw new VaultError("kdf-out-of-bounds", `scrypt r must be 8, got ${r}`);
  if (p < MIN_VAULT_PARAMS.p || p > MAX_VAULT_PARAMS.p) throw new VaultError("kdf-out-of-bounds", `scrypt p must be 1, got ${p}`);
}
