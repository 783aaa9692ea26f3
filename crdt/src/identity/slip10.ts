/**
 * SLIP-0010 private key derivation for ed25519 (PROTOCOL.md K3.2): the master key is
 * HMAC-SHA512(key "ed25519 seed", seed); children are hardened only, each
 * HMAC-SHA512(key = parent chain code, 0x00 || parent key || ser32(index)). For ed25519 the
 * left 32 bytes are used directly as the child's private key (an RFC 8032 seed), the right 32
 * bytes are its chain code.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha512 } from "@noble/hashes/sha2.js";
import { utf8 } from "../encoding/utf8.js";

/** Add to an index to make it hardened (i ≥ 2^31, SLIP-0010 "Child key derivation"). */
export const SLIP10_HARDENED = 0x8000_0000;

/** One node of a SLIP-0010 ed25519 tree. */
export interface Slip10Node {
  /** 32 bytes: the RFC 8032 §5.1.5 secret key (seed) of this node. */
  readonly privateKey: Uint8Array;
  /** 32 bytes. */
  readonly chainCode: Uint8Array;
}

function split(i: Uint8Array): Slip10Node {
  // SLIP-0010 step 2: split I into I_L (key) and I_R (chain code).
  return { privateKey: i.slice(0, 32), chainCode: i.slice(32, 64) };
}

/**
 * The master node of a seed (SLIP-0010 "Master key generation", steps 1–3; for ed25519 every
 * I_L is a valid key, so step 4 never retries).
 * @throws {RangeError} if the seed is not 16 to 64 bytes (128 to 512 bits).
 */
export function slip10Master(seed: Uint8Array): Slip10Node {
  if (!(seed instanceof Uint8Array) || seed.length < 16 || seed.length > 64) {
    throw new RangeError("SLIP-0010: seed must be 16 to 64 bytes");
  }
  return split(hmac(sha512, utf8("ed25519 seed"), seed));
}

/**
 * The hardened child `index` of a node (SLIP-0010 CKDpriv, hardened branch).
 * @throws {RangeError} if `index` is not an integer in [2^31, 2^32): ed25519 has no
 *   non-hardened derivation.
 */
export function slip10Child(parent: Slip10Node, index: number): Slip10Node {
  if (!Number.isInteger(index) || index < SLIP10_HARDENED || index > 0xffff_ffff) {
    throw new RangeError("SLIP-0010: ed25519 children must be hardened (2^31 ≤ index < 2^32)");
  }
  const data = new Uint8Array(37);
  // data = 0x00 || ser256(k_par) || ser32(i), big-endian.
  data.set(parent.privateKey, 1);
  new DataView(data.buffer).setUint32(33, index, false);
  return split(hmac(sha512, parent.chainCode, data));
}

/**
 * The node at `path` (full indices, each already ≥ 2^31) below the master node of `seed`.
 * An empty path gives the master node.
 * @throws {RangeError} as slip10Master and slip10Child do.
 */
export function slip10Derive(seed: Uint8Array, path: readonly number[]): Slip10Node {
  return path.reduce(slip10Child, slip10Master(seed));
}
