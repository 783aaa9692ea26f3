import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesToHex, hexToBytes } from "../../test/helpers/hex.js";
import { ED25519_L, ED25519_P, isSmallOrderEncoding, passesStrictPrecheck } from "./ed25519-precheck.js";

/** 32-byte little-endian encoding of `n`, with the top bit (x's sign) set if asked. */
function encode(n: bigint, sign = false): Uint8Array {
  const bytes = hexToBytes(n.toString(16).padStart(64, "0")).reverse();
  if (sign) bytes[31]! |= 0x80;
  return bytes;
}

// The eight small-order points, as published (e.g. libsodium's blocklist).
const SMALL_ORDER = [
  "0100000000000000000000000000000000000000000000000000000000000000",
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
  "0000000000000000000000000000000000000000000000000000000000000000",
  "0000000000000000000000000000000000000000000000000000000000000080",
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
];
const RFC_KEY = hexToBytes("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const RFC_SIG = hexToBytes(
  "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
);
const EMPTY = new Uint8Array(0);

function withS(s: bigint): Uint8Array {
  const sig = RFC_SIG.slice();
  sig.set(encode(s), 32);
  return sig;
}
function withR(r: Uint8Array): Uint8Array {
  const sig = RFC_SIG.slice();
  sig.set(r, 0);
  return sig;
}

describe("strict ed25519 pre-check", () => {
  it("[S1] lets a valid RFC 8032 signature through to the backend", () => {
    expect(passesStrictPrecheck(RFC_KEY, EMPTY, RFC_SIG)).toBe(true);
  });

  it("[S2] refuses keys other than 32 bytes, signatures other than 64 bytes, and values that are not Uint8Array", () => {
    expect(passesStrictPrecheck(RFC_KEY.subarray(1), EMPTY, RFC_SIG)).toBe(false);
    expect(passesStrictPrecheck(RFC_KEY, EMPTY, RFC_SIG.subarray(1))).toBe(false);
    expect(passesStrictPrecheck(Array.from(RFC_KEY), EMPTY, RFC_SIG)).toBe(false);
    expect(passesStrictPrecheck(RFC_KEY, [], RFC_SIG)).toBe(false);
    expect(passesStrictPrecheck(RFC_KEY, EMPTY, "sig")).toBe(false);
    expect(passesStrictPrecheck(undefined, undefined, undefined)).toBe(false);
  });

  it("[S3] accepts S = L - 1 and refuses S = L, S = L + 1 and S = 2^256 - 1 (RFC 8032 §5.1.7 step 1)", () => {
    expect(passesStrictPrecheck(RFC_KEY, EMPTY, withS(ED25519_L - 1n))).toBe(true);
    expect(passesStrictPrecheck(RFC_KEY, EMPTY, withS(ED25519_L))).toBe(false);
    expect(passesStrictPrecheck(RFC_KEY, EMPTY, withS(ED25519_L + 1n))).toBe(false);
    expect(passesStrictPrecheck(RFC_KEY, EMPTY, withS(2n ** 256n - 1n))).toBe(false);
  });

  it("[S4] refuses point encodings with y >= p, as key or as R, whatever the sign bit (RFC 8032 §5.1.3 step 1)", () => {
    for (const y of [ED25519_P, ED25519_P + 1n, ED25519_P + 2n, 2n ** 255n - 1n]) {
      for (const sign of [false, true]) {
        expect(passesStrictPrecheck(encode(y, sign), EMPTY, RFC_SIG)).toBe(false);
        expect(passesStrictPrecheck(RFC_KEY, EMPTY, withR(encode(y, sign)))).toBe(false);
      }
    }
    // y = p - 2 is canonical and not small-order: the pre-check leaves it to the backend.
    expect(passesStrictPrecheck(encode(ED25519_P - 2n), EMPTY, RFC_SIG)).toBe(true);
  });

  it("[S5] the small-order y-coordinates 1, p - 1 and 0 give the published encodings", () => {
    const derived = [1n, ED25519_P - 1n, 0n].flatMap((y) => [encode(y), encode(y, true)]);
    expect(bytesToHex(derived[0]!)).toBe(SMALL_ORDER[0]);
    expect(bytesToHex(derived[2]!)).toBe(SMALL_ORDER[1]);
    expect(bytesToHex(derived[4]!)).toBe(SMALL_ORDER[2]);
    expect(bytesToHex(derived[5]!)).toBe(SMALL_ORDER[3]);
  });

  it("[S5] isSmallOrderEncoding is true for the eight small-order points and their non-canonical encodings, false for ordinary keys", () => {
    for (const hex of SMALL_ORDER) expect(isSmallOrderEncoding(hexToBytes(hex))).toBe(true);
    const nonCanonical = [encode(1n, true), encode(ED25519_P - 1n, true), encode(ED25519_P), encode(ED25519_P + 1n, true)];
    for (const key of nonCanonical) expect(isSmallOrderEncoding(key)).toBe(true);
    expect(isSmallOrderEncoding(RFC_KEY)).toBe(false);
    expect(isSmallOrderEncoding(hexToBytes("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"))).toBe(false);
    expect(isSmallOrderEncoding(RFC_KEY.subarray(1))).toBe(false);
    expect(isSmallOrderEncoding("key")).toBe(false);
  });

  it("[S5] refuses each small-order point as the key and as R", () => {
    for (const hex of SMALL_ORDER) {
      expect(passesStrictPrecheck(hexToBytes(hex), EMPTY, RFC_SIG)).toBe(false);
      expect(passesStrictPrecheck(RFC_KEY, EMPTY, withR(hexToBytes(hex)))).toBe(false);
    }
  });

  it("[S3] the constants are RFC 8032's p and L", () => {
    expect(ED25519_P).toBe(57896044618658097711785492504343953926634992332820282019728792003956564819949n);
    expect(ED25519_L).toBe(7237005577332262213973186563042994240857116359379907606001950938285454250989n);
  });

  // The pre-check compares the encodings byte by byte; here the rules as written, on bigints.
  const valueOf = (bytes: Uint8Array, clearTopBit: boolean): bigint =>
    BigInt(`0x${bytesToHex(bytes.slice().reverse())}`) & (clearTopBit ? (1n << 255n) - 1n : (1n << 256n) - 1n);
  const smallOrderY = new Set(SMALL_ORDER.map((hex) => valueOf(hexToBytes(hex), true)));
  const strictPoint = (bytes: Uint8Array): boolean => valueOf(bytes, true) < ED25519_P && !smallOrderY.has(valueOf(bytes, true));
  /** 32 bytes, often one of the boundaries (p, L, a small-order y) with a byte nudged. */
  const near = fc.oneof(
    fc.uint8Array({ minLength: 32, maxLength: 32 }),
    fc.tuple(fc.constantFrom(ED25519_P, ED25519_L, ...smallOrderY), fc.integer({ min: 0, max: 31 }), fc.integer({ min: -1, max: 1 }), fc.boolean()).map(([n, i, step, sign]) => {
      const bytes = encode(n, sign);
      bytes[i] = (bytes[i]! + step) & 0xff;
      return bytes;
    }),
  );

  it("[S3] [S4] [S5] gives every key, R and S the verdict of the rules computed on integers", () => {
    fc.assert(
      fc.property(near, near, near, (key, r, s) => {
        const signature = new Uint8Array(64);
        signature.set(r, 0);
        signature.set(s, 32);
        const expected = valueOf(s, false) < ED25519_L && strictPoint(r) && strictPoint(key);
        expect(passesStrictPrecheck(key, EMPTY, signature)).toBe(expected);
        expect(isSmallOrderEncoding(key)).toBe(!strictPoint(key));
      }),
      { numRuns: 300 },
    );
  });
});
