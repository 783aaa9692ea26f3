/**
 * The vault envelope (PROTOCOL.md K4.1, K4.2): one canonical JSON text, the same on the
 * desktop and in the browser. This file reads and writes the text; sealing and opening are in
 * seal-vault.ts and open-vault.ts.
 */
import { fromBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { CanonicalError, canonicalize, isObject, parseCanonical } from "../records/canonical.js";
import { VaultError } from "./vault-error.js";
import { checkVaultParams, type ScryptParams } from "./vault-params.js";

/** The `type` member of every vault. */
export const VAULT_TYPE = "chapterhouse-vault";
/** The envelope version this code writes and reads. */
export const VAULT_VERSION = 1;
/** Longest text a reader looks at (K4.2); a v1 vault is about 330 characters. */
export const MAX_VAULT_LENGTH = 4096;
/** Byte lengths of the binary members (K4.2). */
export const VAULT_SALT_BYTES = 16;
export const VAULT_NONCE_BYTES = 24;
export const VAULT_CHECK_BYTES = 32;
/** secretbox of the 16-byte entropy: 16 bytes of Poly1305 tag, then 16 of ciphertext. */
export const VAULT_CIPHERTEXT_BYTES = 32;

/** A vault's contents with the binary members decoded. */
export interface Vault {
  readonly params: ScryptParams;
  readonly salt: Uint8Array;
  readonly nonce: Uint8Array;
  readonly check: Uint8Array;
  readonly ciphertext: Uint8Array;
}

const MEMBERS = ["check", "ciphertext", "kdf", "nonce", "type", "v"];
const KDF_MEMBERS = ["N", "name", "p", "r", "salt"];

/**
 * The canonical text of a vault (K4.2).
 * @throws {VaultError} "kdf-out-of-bounds" or "malformed" if its parameters break K4.3.
 * @throws {TypeError} if a binary member has the wrong length.
 */
export function formatVault(vault: Vault): string {
  checkVaultParams(vault.params);
  const lengths: [Uint8Array, number, string][] = [
    [vault.salt, VAULT_SALT_BYTES, "salt"],
    [vault.nonce, VAULT_NONCE_BYTES, "nonce"],
    [vault.check, VAULT_CHECK_BYTES, "check"],
    [vault.ciphertext, VAULT_CIPHERTEXT_BYTES, "ciphertext"],
  ];
  for (const [bytes, length, name] of lengths) {
    if (!(bytes instanceof Uint8Array) || bytes.length !== length) throw new TypeError(`vault: ${name} must be ${length} bytes`);
  }
  return canonicalize({
    type: VAULT_TYPE,
    v: VAULT_VERSION,
    kdf: { name: "scrypt", N: vault.params.N, r: vault.params.r, p: vault.params.p, salt: toBase64url(vault.salt) },
    nonce: toBase64url(vault.nonce),
    check: toBase64url(vault.check),
    ciphertext: toBase64url(vault.ciphertext),
  });
}

/**
 * Reads a vault's text without deriving any key, checking everything K4.2 and K4.3 say, in
 * the order of K4.8.
 * @throws {VaultError} "unreadable", "not-a-vault", "unsupported-version", "malformed",
 *   "unsupported-kdf" or "kdf-out-of-bounds".
 */
export function parseVault(text: string): Vault {
  if (typeof text !== "string" || text.length > MAX_VAULT_LENGTH) {
    throw new VaultError("unreadable", "not a vault file (not text, or far too long)");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new VaultError("unreadable", "not JSON: the file is truncated, damaged, or not a vault");
  }
  if (!isObject(value) || value["type"] !== VAULT_TYPE) throw new VaultError("not-a-vault", `not a vault (no "type": "${VAULT_TYPE}")`);
  const v = value["v"];
  if (v !== VAULT_VERSION) {
    const shown = typeof v === "number" && Number.isSafeInteger(v) ? String(v) : "missing or not an integer";
    throw new VaultError("unsupported-version", `version ${shown} is not supported (this app reads version ${VAULT_VERSION})`);
  }
  try {
    parseCanonical(text);
  } catch (error) {
    if (error instanceof CanonicalError) throw new VaultError("malformed", `not canonical JSON (${error.reason})`);
    throw error;
  }
  requireMembers(value, MEMBERS, "the vault");
  const kdf = value["kdf"];
  if (!isObject(kdf)) throw new VaultError("malformed", "kdf must be an object");
  if (kdf["name"] !== "scrypt") throw new VaultError("unsupported-kdf", `key derivation ${JSON.stringify(kdf["name"])} is not supported`);
  requireMembers(kdf, KDF_MEMBERS, "kdf");
  const params: ScryptParams = { N: integer(kdf["N"], "N"), r: integer(kdf["r"], "r"), p: integer(kdf["p"], "p") };
  checkVaultParams(params);
  return {
    params,
    salt: bytes(kdf["salt"], VAULT_SALT_BYTES, "kdf.salt"),
    nonce: bytes(value["nonce"], VAULT_NONCE_BYTES, "nonce"),
    check: bytes(value["check"], VAULT_CHECK_BYTES, "check"),
    ciphertext: bytes(value["ciphertext"], VAULT_CIPHERTEXT_BYTES, "ciphertext"),
  };
}

function requireMembers(object: object, names: readonly string[], where: string): void {
  // Canonical text has its members sorted, so equal sorted lists mean exactly these members.
  const keys = Object.keys(object).sort();
  if (keys.length !== names.length || keys.some((key, i) => key !== names[i])) {
    throw new VaultError("malformed", `${where} must have exactly the members ${names.join(", ")}`);
  }
}

function integer(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new VaultError("malformed", `kdf.${name} must be an integer`);
  return value;
}

function bytes(value: unknown, length: number, name: string): Uint8Array {
  if (typeof value !== "string") throw new VaultError("malformed", `${name} must be a base64url string`);
  try {
    return fromBase64urlOfLength(value, length);
  } catch {
    throw new VaultError("malformed", `${name} must be ${length} bytes in unpadded base64url`);
  }
}
