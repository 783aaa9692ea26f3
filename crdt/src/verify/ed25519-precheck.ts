/**
 * The strict ed25519 pre-check (PROTOCOL.md S2–S5), run before any backend so that every
 * backend gives every input the same verdict. RFC 8032 §5.1.7 leaves room that libraries fill
 * differently (tweetnacl accepts S ≥ L; tweetnacl and WebCrypto both accept small-order keys),
 * so this pre-check refuses all of that first. The group equation itself (S6, cofactorless) is
 * left to the backend.
 *
 * Pure and short on purpose: bigint arithmetic on the encodings only, no point decompression.
 */

/** The field prime p = 2^255 − 19 (RFC 8032 §5.1). */
export const ED25519_P: bigint = 2n ** 255n - 19n;
/** The prime order L of the base point (RFC 8032 §5.1). */
export const ED25519_L: bigint = 2n ** 252n + 27742317777372353535851937790883648493n;

/** y of two of the four points of order 8: the little-endian value of the encoding c7176a70…92ac037a. */
const Y_ORDER_8 = 0x7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7n;

/**
 * The y-coordinates of the 8 points of small order (order dividing 8), S5:
 * y = 1 (the identity, order 1), y = p − 1 (order 2), y = 0 (the two points of order 4),
 * y = ±Y_ORDER_8 (the four points of order 8). Since S4 already requires y < p, a y in this set
 * means the point is small-order, or is x = 0 with the sign bit set, which is not a valid
 * encoding at all (RFC 8032 §5.1.3 step 4). Either way it is refused.
 */
const SMALL_ORDER_Y: ReadonlySet<bigint> = Object.freeze(
  new Set<bigint>([0n, 1n, ED25519_P - 1n, Y_ORDER_8, ED25519_P - Y_ORDER_8]),
);

const HEX: readonly string[] = Object.freeze(Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0")));

/** Reads 32 bytes at `offset` as a little-endian integer (RFC 8032 §5.1.2 encoding). */
function littleEndian(bytes: Uint8Array, offset: number, clearTopBit: boolean): bigint {
  let hex = "";
  for (let i = offset + 31; i >= offset; i--) {
    const byte = bytes[i]!;
    hex += HEX[i === offset + 31 && clearTopBit ? byte & 0x7f : byte]!;
  }
  return BigInt("0x" + hex);
}

/** True for a Uint8Array of exactly `length` bytes. */
function isBytes(value: unknown, length: number): value is Uint8Array {
  return value instanceof Uint8Array && value.length === length;
}

/**
 * True when the 32 bytes at `offset` are a canonical point encoding that is not of small order:
 * y < p (RFC 8032 §5.1.3 step 1, S4) and y not a small-order y-coordinate (S5, which also covers
 * the x = 0 with sign bit set encodings refused by §5.1.3 step 4).
 */
function isStrictPoint(bytes: Uint8Array, offset: number): boolean {
  const y = littleEndian(bytes, offset, true);
  return y < ED25519_P && !SMALL_ORDER_Y.has(y);
}

/**
 * True when `key` is 32 bytes that S4 or S5 refuse as a point: the y-coordinate of one of the 8
 * small-order points, or y ≥ p. Such a key can never sign a valid record, so admission refuses it
 * too (M13 has its own test on key text). Anything that is not a 32-byte Uint8Array gives false:
 * it is not a key at all, which callers check separately. Never throws.
 */
export function isSmallOrderEncoding(key: unknown): boolean {
  if (!isBytes(key, 32)) return false;
  return !isStrictPoint(key, 0);
}

/**
 * The strict pre-check of S2–S5 on one (public key, signature) pair. True means the backend may
 * decide (S6); false means the signature is invalid whatever the backend would say. The message
 * is only type-checked (any length is allowed). Never throws.
 */
export function passesStrictPrecheck(publicKey: unknown, message: unknown, signature: unknown): boolean {
  // S2: input shape (RFC 8032 §5.1.7: a 32-octet key and a 64-octet signature).
  if (!isBytes(publicKey, 32) || !isBytes(signature, 64) || !(message instanceof Uint8Array)) return false;
  // S3, RFC 8032 §5.1.7 step 1: decode the second half as an integer S, in the range 0 <= s < L.
  if (littleEndian(signature, 32, false) >= ED25519_L) return false;
  // S4 and S5, RFC 8032 §5.1.7 step 1: decode the first half as a point R and the key as a point A;
  // refuse non-canonical encodings (§5.1.3 steps 1 and 4) and, beyond the RFC, small-order points.
  return isStrictPoint(signature, 0) && isStrictPoint(publicKey, 0);
}
