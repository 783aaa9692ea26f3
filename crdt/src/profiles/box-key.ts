/**
 * The box key a profile publishes (PROTOCOL.md PF1.3): the member's X25519 public key (K3.5),
 * the key others seal to (DESIGN §10). Others cannot check that it is the one K3.5 derives — only
 * the member's signature certifies it — but they can refuse the keys that would make a sealed
 * box readable by anyone: the points of small order, for which X25519 gives the all-zero shared
 * secret whatever the sender's key.
 */
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import type { CanonicalValue } from "../records/canonical.js";
import { idProblem } from "../proposals/field-checks.js";

/** p = 2^255 − 19. */
const P = 2n ** 255n - 19n;

/**
 * The u-coordinates of the points of order dividing 8 on Curve25519 and its twist, as libsodium
 * refuses them: 0, 1, p − 1 and the two of order 8.
 */
const SMALL_ORDER_U = [
  0n,
  1n,
  P - 1n,
  325606250916557431795983626356110631294008115727848805560023387167927233504n,
  39382357235489614581723060781553021112529911719440698176882885853963445705823n,
];

/** Their encodings below 2^255 (bit 255 clear): u, and u + p where that is below 2^255 (0 and 1 only), little-endian. */
const SMALL_ORDER_ENCODINGS: readonly Uint8Array[] = SMALL_ORDER_U.flatMap((u) => [u, u + P])
  .filter((u) => u < 2n ** 255n)
  .map((u) => Uint8Array.from({ length: 32 }, (_, i) => Number((u >> BigInt(8 * i)) & 0xffn)));

/**
 * True when the 32 bytes are an X25519 public key of small order (PF1.3): the little-endian
 * number with bit 255 cleared (as RFC 7748 §5 reads u), reduced mod p, is one of SMALL_ORDER_U.
 * So non-canonical encodings (u ≥ p) and either top bit are caught alike. Compared byte for byte
 * with the encodings of those values, as this runs for every profile read. Never throws.
 */
export function isSmallOrderBoxKey(bytes: Uint8Array): boolean {
  if (bytes.length !== 32) return false;
  return SMALL_ORDER_ENCODINGS.some((encoding) => encoding.every((byte, i) => byte === (i === 31 ? bytes[i]! & 0x7f : bytes[i])));
}

/** Problem if `value` is not a box key others may seal to (PF1.3): 32 bytes (R2), not of small order. Never throws. */
export function boxKeyProblem(name: string, value: CanonicalValue | undefined): string | undefined {
  const shape = idProblem(name, value);
  if (shape !== undefined) return shape;
  return isSmallOrderBoxKey(fromBase64urlOfLength(value as string, 32)) ? `${name} is an X25519 key of small order, which anyone could open a box sealed to` : undefined;
}
