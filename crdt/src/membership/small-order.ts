/**
 * Keys refused at admission (PROTOCOL.md M13): small-order ed25519 points and non-canonical
 * encodings. A small-order key lets anyone forge "signatures" that a lax verifier accepts, so such
 * keys are refused wherever a key is admitted (founders, candidates, invite tokens, rotation targets).
 *
 * An encoding is y in 255 little-endian bits plus the sign of x in the top bit (RFC 8032 §5.1.2).
 * The 8 points of order dividing 8 have 5 distinct y: 1 (the identity), p − 1 (order 2), 0 (the two
 * points of order 4) and two values for the four points of order 8 — the values libsodium's
 * `ge25519_has_small_order` compares against (crypto_core/ed25519/ref10/ed25519_ref10.c). Refused:
 * those 5 y with either sign bit, and every y ≥ p (p = 2^255 − 19, 19 values) with either sign bit:
 * 48 encodings, the same set as S4–S5 refuse for a key (`y ≥ p`, small order). The test file checks
 * each small-order y by curve arithmetic.
 */
import { base64urlInto, isBase64urlOfLength } from "../encoding/base64url.js";
import { isSmallOrderEncoding } from "../verify/ed25519-precheck.js";

/** Hex (byte 0 first) of the little-endian y-coordinates of the points of order dividing 8. */
export const SMALL_ORDER_Y_HEX: readonly string[] = Object.freeze([
  // y = 0: the two points of order 4, (±sqrt(-1), 0)
  "0000000000000000000000000000000000000000000000000000000000000000",
  // y = 1: the identity (order 1)
  "0100000000000000000000000000000000000000000000000000000000000000",
  // two points of order 8
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
  // the other two points of order 8
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
  // y = p - 1: the point of order 2, (0, -1)
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
]);

/** The bytes of the key `isSmallOrderKey` is testing (it never yields, so one buffer serves every call). */
const KEY_BYTES = new Uint8Array(32);

/** A test of whether a public key must be refused at admission (M13). */
export type SmallOrderTest = (key: string) => boolean;

/**
 * True if `key` must be refused at admission (M13.1): a small-order point or a y ≥ p, with either
 * sign bit, or text that is not a strict 32-byte base64url key (R2). Never throws.
 */
export function isSmallOrderKey(key: string): boolean {
  if (!isBase64urlOfLength(key, 32)) return true;
  // Decoded into one buffer, not a new one per key: the fold tests 100,000 candidates.
  base64urlInto(key, KEY_BYTES);
  // The same set the strict verifier refuses as a point (S4–S5): one check, shared.
  return isSmallOrderEncoding(KEY_BYTES);
}
