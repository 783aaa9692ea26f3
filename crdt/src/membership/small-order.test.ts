import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { isSmallOrderEncoding } from "../verify/ed25519-precheck.js";
import type { MemberKey } from "../records/ids.js";
import { SMALL_ORDER_Y_HEX, isSmallOrderKey } from "./small-order.js";
import { admit, chapterOf, genesis, invite, rotate, rotateProof, sponsor } from "./test-helpers/records.js";
import { fold, foundRoot } from "./test-helpers/scenario.js";
import { fakeSignerWithKey, naclSigner } from "./test-helpers/signers.js";

// Edwards25519 arithmetic (RFC 8032 §5.1) just enough to check the list independently.
const P = 2n ** 255n - 19n;
const mod = (a: bigint) => ((a % P) + P) % P;
const pow = (base: bigint, exp: bigint): bigint => {
  let result = 1n;
  let b = mod(base);
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = mod(result * b);
    b = mod(b * b);
  }
  return result;
};
const inv = (a: bigint) => pow(a, P - 2n);
const D = mod(-121665n * inv(121666n));
const SQRT_M1 = pow(2n, (P - 1n) / 4n);
type Point = readonly [bigint, bigint];
const add = ([x1, y1]: Point, [x2, y2]: Point): Point => {
  const t = mod(D * x1 * x2 * y1 * y2);
  return [mod((x1 * y2 + y1 * x2) * inv(1n + t)), mod((y1 * y2 + x1 * x2) * inv(1n - t))];
};
const bytesOf = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
const leInt = (bytes: Uint8Array) => bytes.reduceRight((acc, b) => (acc << 8n) | BigInt(b), 0n);

/** RFC 8032 §5.1.3 point decoding; undefined if the encoding is invalid or non-canonical. */
function decode(bytes: Uint8Array): Point | undefined {
  const sign = bytes[31]! >> 7;
  const y = leInt(bytes) & ((1n << 255n) - 1n);
  if (y >= P) return undefined;
  const u = mod(y * y - 1n);
  const v = mod(D * y * y + 1n);
  let x = mod(u * inv(v));
  let root = pow(x, (P + 3n) / 8n);
  if (mod(root * root) !== x) root = mod(root * SQRT_M1);
  if (mod(root * root) !== x) return undefined;
  x = root;
  if (x === 0n && sign === 1) return undefined;
  if (Number(x & 1n) !== sign) x = P - x;
  return [x, y];
}

const withSign = (hex: string, sign: number) => {
  const bytes = bytesOf(hex);
  bytes[31] = (bytes[31]! & 0x7f) | (sign << 7);
  return bytes;
};
const keyOf = (bytes: Uint8Array) => toBase64url(bytes) as MemberKey;
const BASE_POINT = "5866666666666666666666666666666666666666666666666666666666666666";

describe("small-order keys", () => {
  const encodings = SMALL_ORDER_Y_HEX.flatMap((hex) => [withSign(hex, 0), withSign(hex, 1)]);
  const canonical = encodings.filter((bytes) => decode(bytes) !== undefined);

  it("[M13.1] the canonical refused encodings are exactly the 8 points of order dividing 8", () => {
    expect(canonical).toHaveLength(8);
    const points = new Set<string>();
    for (const bytes of canonical) {
      let point = decode(bytes)!;
      points.add(point.join(","));
      for (let i = 0; i < 3; i++) point = add(point, point);
      expect(point).toEqual([0n, 1n]);
    }
    expect(points.size).toBe(8);
    // Sanity of the arithmetic: the base point is not of small order.
    let base = decode(bytesOf(BASE_POINT))!;
    for (let i = 0; i < 3; i++) base = add(base, base);
    expect(base).not.toEqual([0n, 1n]);
  });

  it("[M13.1] refuses the 10 small-order encodings and the 38 with y >= p, and accepts ordinary keys", () => {
    expect(encodings).toHaveLength(10);
    for (const bytes of encodings) expect(isSmallOrderKey(keyOf(bytes))).toBe(true);
    for (let low = 0xed; low <= 0xff; low++) {
      for (const sign of [0, 1]) {
        const bytes = new Uint8Array(32).fill(0xff);
        bytes[0] = low;
        bytes[31] = 0x7f | (sign << 7);
        expect(decode(bytes)).toBeUndefined();
        expect(isSmallOrderKey(keyOf(bytes))).toBe(true);
      }
    }
    // p - 2 is a canonical y just below the refused range; it is not of small order.
    const below = new Uint8Array(32).fill(0xff);
    below[0] = 0xeb;
    below[31] = 0x7f;
    expect(isSmallOrderKey(keyOf(below))).toBe(false);
    expect(isSmallOrderKey(keyOf(bytesOf(BASE_POINT)))).toBe(false);
    expect(isSmallOrderKey(naclSigner("alice").publicKey)).toBe(false);
    expect(isSmallOrderKey("not a key")).toBe(true);
    expect(isSmallOrderKey(toBase64url(new Uint8Array(31).fill(7)))).toBe(true);
  });

  it("[M13.1] refuses exactly the texts that are not a strict 32-byte key or whose point S4–S5 refuse, whatever the key before", () => {
    const byDecoding = (key: string): boolean => {
      try {
        return isSmallOrderEncoding(fromBase64urlOfLength(key, 32));
      } catch {
        return true;
      }
    };
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ ".split("");
    const key = fc.oneof(
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map(toBase64url),
      // y at or near p, and the small-order ones: bytes 1–30 all 0xff or all 0x00.
      fc.tuple(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x00, 0xff), fc.integer({ min: 0, max: 255 })).map(([low, fill, high]) => {
        const bytes = new Uint8Array(32).fill(fill);
        bytes[0] = low;
        bytes[31] = high;
        return toBase64url(bytes);
      }),
      fc.constantFrom(...encodings.map(keyOf)),
      fc.array(fc.constantFrom(...alphabet), { minLength: 42, maxLength: 44 }).map((chars) => chars.join("")),
    );
    fc.assert(
      fc.property(key, key, (before, text) => {
        isSmallOrderKey(before);
        expect(isSmallOrderKey(text)).toBe(byDecoding(text));
      }),
      { numRuns: 500 },
    );
  });

  it("[M13.1] a small-order key is refused at admission, as founder, invite token and rotation target", async () => {
    const alice = naclSigner("alice");
    const small = fakeSignerWithKey(keyOf(canonical[0]!));
    const identity = keyOf(withSign(SMALL_ORDER_Y_HEX[1]!, 0));
    const root = await foundRoot([alice], { sponsors: 0 });
    const smallAdmit = await admit(small, root.chapter);
    const smallCandidate = await sponsor(alice, root.chapter, identity, [root.genesis.id]);
    const smallFounder = await genesis(alice, { founders: [alice.publicKey, identity], name: "Other" });
    const smallToken = await invite(alice, root.chapter, { token: identity }, [root.facilitator.id]);
    const proof = await rotateProof(small, root.chapter, alice.publicKey);
    const smallRotate = await rotate(alice, root.chapter, small.publicKey, proof.id, [root.genesis.id]);
    const result = fold([
      ...root.records,
      smallAdmit,
      smallCandidate,
      smallFounder,
      smallToken,
      proof,
      smallRotate,
    ]);
    expect(result.why(smallAdmit)).toBe("unauthorised [M13.1] the candidate is a small-order key");
    expect(result.why(smallCandidate)).toBe("unauthorised [M13.1] the candidate is a small-order key");
    expect(result.why(smallFounder)).toBe(`unauthorised [M13.1] founder ${identity} is a small-order key`);
    expect(result.why(smallToken)).toBe("unauthorised [M13.1] the token is a small-order key");
    expect(result.why(smallRotate)).toBe("unauthorised [M13.1] the new key is a small-order key");
    expect(result.roster.chapters.get(root.chapter)!.members.size).toBe(1);
    expect(chapterOf(smallFounder)).not.toBe(root.chapter);
  });

  it("[M13.2] the fold takes the small-order test as an option", async () => {
    const alice = naclSigner("alice");
    const carol = naclSigner("carol");
    const root = await foundRoot([alice], { sponsors: 0 });
    const carolIn = await admit(carol, root.chapter);
    const result = fold([...root.records, carolIn], { isSmallOrderKey: (key) => key === carol.publicKey });
    expect(result.why(carolIn)).toBe("unauthorised [M13.1] the candidate is a small-order key");
  });
});
