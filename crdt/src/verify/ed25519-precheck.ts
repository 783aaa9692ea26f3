/**
 * The strict ed25519 pre-check (PROTOCOL.md S2–S5), run before any backend so that every
 * backend gives every input the same verdict. RFC 8032 §5.1.7 leaves room that libraries fill
 * differently (tweetnacl accepts S ≥ L; tweetnacl and WebCrypto both accept small-order keys),
 * so this pre-check refuses all of that first. The group equation itself (S6, cofactorless) is
 * left to the backend.
 *
 * Pure and short on purpose: the encodings compared as little-endian integers, byte by byte from
 * the top (a check runs for every record verified), no point decompression.
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

/** The 32-byte little-endian encoding of `n` (0 ≤ n < 2^256). */
function encode32(n: bigint): Uint8Array {
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number((n >> BigInt(8 * i)) & 0xffn);
  return bytes;
}

const P_BYTES = encode32(ED25519_P);
const L_BYTES = encode32(ED25519_L);
const SMALL_ORDER_Y_BYTES: readonly Uint8Array[] = Object.freeze([...SMALL_ORDER_Y].map(encode32));

/**
 * The sign of a − b, a being the little-endian integer of bytes[offset … offset + 31] (its bit
 * 255, the sign of x, cleared when `clearTopBit`) and b that of the 32 bytes `than`.
 */
function compareLittleEndian(bytes: Uint8Array, offset: number, clearTopBit: boolean, than: Uint8Array): number {
  for (let i = 31; i >= 0; i--) {
    const byte = i === 31 && clearTopBit ? bytes[offset + 31]! & 0x7f : bytes[offset + i]!;
    const other = than[i]!;
    if (byte !== other) return byte < other ? -1 : 1;
  }
  return 0;
}

function isBytes(value: unknown, length: number): value is Uint8Array {
  return value instanceof Uint8Array && value.length === length;
}

/**
 * True when the 32 bytes at `offset` are a canonical point encoding that is not of small order:
 * y < p (RFC 8032 §5.1.3 step 1, S4) and y not a small-order y-coordinate (S5, which also covers
 * the x = 0 with sign bit set encodings refused by §5.1.3 step 4).
 */
function isStrictPoint(bytes: Uint8Array, offset: number): boolean {
  if (compareLittleEndian(bytes, offset, true, P_BYTES) >= 0) return false;
  for (const y of SMALL_ORDER_Y_BYTES) if (compareLittleEndian(bytes, offset, true, y) === 0) return false;
  return true;
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
  if (compareLittleEndian(signature, 32, false, L_BYTES) >= 0) return false;
  // S4 and S5, RFC 8032 §5.1.7 step 1: decode the first half as a point R and the key as a point A;
  // refuse non-canonical encodings (§5.1.3 steps 1 and 4) and, beyond the RFC, small-order points.
  return isStrictPoint(signature, 0) && isStrictPoint(publicKey, 0);
}
