/**
 * Scope keys and their epochs (PROTOCOL.md PV1). A private scope (a conversation, a private room)
 * has one random 32-byte key per epoch. An epoch is named by a commitment to its key, so two
 * devices starting epochs at once, offline, never pick the same name for different keys (no
 * global order is needed, DESIGN §10), and a member who opens a sealed key can check it is the
 * key the epoch names.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { toBase64url } from "../encoding/base64url.js";
import { utf8 } from "../encoding/utf8.js";

/** Bytes of a scope key (PV1.1). */
export const SCOPE_KEY_BYTES = 32;

/** An epoch id: SHA-256 of the epoch label and the key (PV1.2), unpadded base64url. */
export type EpochId = string & { readonly __brand: "EpochId" };

/** A scope key and the epoch it names. */
export interface ScopeKey {
  readonly epoch: EpochId;
  readonly key: Uint8Array;
}

/** What PV1.2 hashes before the key: ASCII `chapterhouse-epoch` and one line feed. */
const EPOCH_LABEL = utf8("chapterhouse-epoch\n");

/**
 * The epoch a key names (PV1.2): SHA-256(`chapterhouse-epoch\n` ‖ key), unpadded base64url.
 * @throws {TypeError} if the key is not 32 bytes.
 */
export function epochOf(key: Uint8Array): EpochId {
  if (!(key instanceof Uint8Array) || key.length !== SCOPE_KEY_BYTES) throw new TypeError(`a scope key is ${SCOPE_KEY_BYTES} bytes`);
  const input = new Uint8Array(EPOCH_LABEL.length + key.length);
  input.set(EPOCH_LABEL);
  input.set(key, EPOCH_LABEL.length);
  return toBase64url(sha256(input)) as EpochId;
}

/**
 * A new epoch's key (PV1.1): 32 bytes from `randomBytes`, a cryptographically secure source the
 * caller passes (`crypto.getRandomValues`, which insecure origins have too).
 * @throws {TypeError} if `randomBytes` does not give 32 bytes.
 */
export function newScopeKey(randomBytes: (length: number) => Uint8Array): ScopeKey {
  const key = randomBytes(SCOPE_KEY_BYTES);
  return { epoch: epochOf(key), key };
}
