/**
 * Ed25519 signing from 32-byte seeds with Node's crypto module, for `simulate` (PROTOCOL.md S9,
 * S10): the worker's half (`signPacked`, `publicKeysOf`) and the packing of (seed, message) pairs
 * that crosses to it. Signatures are RFC 8032 deterministic, so they are byte-identical to
 * WebCrypto's and tweetnacl's for the same seed and message.
 */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from "node:crypto";

const SEED = 32;

/** One thing to sign. */
export interface SeedMessage {
  readonly seed: Uint8Array;
  readonly message: Uint8Array;
}

/**
 * Packs pairs for a worker: u32 count n (little-endian), n seeds, n + 1 u32 offsets into the
 * message area, the messages.
 * @throws {TypeError} if a seed is not 32 bytes.
 */
export function packSigning(items: readonly SeedMessage[]): Uint8Array<ArrayBuffer> {
  const n = items.length;
  const messagesAt = 4 + n * SEED + (n + 1) * 4;
  const bytes = new Uint8Array(messagesAt + items.reduce((sum, item) => sum + item.message.length, 0));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, n, true);
  let offset = 0;
  items.forEach(({ seed, message }, i) => {
    if (!(seed instanceof Uint8Array) || seed.length !== SEED) throw new TypeError("a seed must be 32 bytes");
    bytes.set(seed, 4 + i * SEED);
    view.setUint32(4 + n * SEED + i * 4, offset, true);
    bytes.set(message, messagesAt + offset);
    offset += message.length;
  });
  view.setUint32(4 + n * SEED + n * 4, offset, true);
  return bytes;
}

/** Private keys by seed, kept by one worker: a member signs several records. */
export class SeedKeys {
  readonly #keys = new Map<string, KeyObject>();

  /** Most keys kept; past it the cache starts again (keys are cheap to rebuild). */
  static readonly CAPACITY = 250_000;

  /** The private key of `seed`. @throws {Error} if OpenSSL refuses it. */
  keyOf(seed: Uint8Array): KeyObject {
    const d = Buffer.from(seed.buffer, seed.byteOffset, SEED).toString("base64url");
    let key = this.#keys.get(d);
    if (key === undefined) {
      // A JWK import builds the key from the seed directly (PKCS#8 goes through OpenSSL's much
      // slower decoder). Node reads `d` only for a private key; `x` must merely be a string.
      key = createPrivateKey({ key: { kty: "OKP", crv: "Ed25519", d, x: "" }, format: "jwk" });
      if (this.#keys.size >= SeedKeys.CAPACITY) this.#keys.clear();
      this.#keys.set(d, key);
    }
    return key;
  }
}

/**
 * Signs every pair of a pack (`packSigning`); 64 bytes per pair, in order.
 * @throws {TypeError} if `bytes` is not such a pack; {Error} if OpenSSL refuses a key.
 */
export function signPacked(keys: SeedKeys, bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length >= 4 ? view.getUint32(0, true) : -1;
  const messagesAt = 4 + n * SEED + (n + 1) * 4;
  if (n < 0 || messagesAt > bytes.length) throw new TypeError("not a pack of seeds and messages");
  const out = new Uint8Array(n * 64);
  for (let i = 0; i < n; i++) {
    const start = view.getUint32(4 + n * SEED + i * 4, true);
    const end = view.getUint32(4 + n * SEED + (i + 1) * 4, true);
    if (end < start || messagesAt + end > bytes.length) throw new TypeError("not a pack of seeds and messages");
    const seed = bytes.subarray(4 + i * SEED, 4 + (i + 1) * SEED);
    out.set(sign(null, bytes.subarray(messagesAt + start, messagesAt + end), keys.keyOf(seed)), i * 64);
  }
  return out;
}

/**
 * The 32-byte public keys of seeds given one after another; 32 bytes per seed, in order.
 * @throws {TypeError} if the length is not a multiple of 32; {Error} if OpenSSL refuses a key.
 */
export function publicKeysOf(keys: SeedKeys, seeds: Uint8Array): Uint8Array {
  if (seeds.length % SEED !== 0) throw new TypeError("seeds must be 32 bytes each");
  const out = new Uint8Array(seeds.length);
  for (let i = 0; i < seeds.length; i += SEED) {
    const x = createPublicKey(keys.keyOf(seeds.subarray(i, i + SEED))).export({ format: "jwk" }).x;
    out.set(Buffer.from(x ?? "", "base64url"), i);
  }
  return out;
}
