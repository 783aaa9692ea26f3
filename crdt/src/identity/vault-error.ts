/**
 * Why a vault could not be opened or written (PROTOCOL.md K4.8). Each code is a different
 * thing for the user to do: retype the passphrase, pick another file, update the app, or
 * restore from the recovery phrase. Messages never include the passphrase or the secret.
 */
export type VaultErrorCode =
  /** Not JSON or too long: a truncated or damaged file, or not a vault at all. */
  | "unreadable"
  /** JSON, but its `type` is not "chapterhouse-vault". */
  | "not-a-vault"
  /** A vault of a version this code does not know (`v` ≠ 1). */
  | "unsupported-version"
  /** A v1 vault with missing, extra or ill-typed members, wrong lengths, or non-canonical text. */
  | "malformed"
  /** A key-derivation function other than scrypt. */
  | "unsupported-kdf"
  /** scrypt parameters outside the bounds of K4.3. */
  | "kdf-out-of-bounds"
  /** The passphrase does not derive the vault's check value. */
  | "wrong-passphrase"
  /** The passphrase is right but the ciphertext or nonce was altered. */
  | "corrupt";

/** Thrown by the vault functions; `code` says what went wrong. */
export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
  ) {
    super(`vault: ${message}`);
    this.name = "VaultError";
  }
}
