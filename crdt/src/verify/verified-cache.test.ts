import { describe, expect, it } from "vitest";
import type { RecordId } from "../records/ids.js";
import type { SignatureCheck, Verifier } from "./verifier.js";
import { POLICY_VERSION, VerifiedCache, verifyWithCache } from "./verified-cache.js";

const id = (n: number) => `record-${n}` as RecordId;

/** A verifier that says `valid` for checks whose message starts with 1, and counts what it saw. */
function countingVerifier(): Verifier & { seen: number } {
  const verifier = {
    backend: "counting",
    seen: 0,
    verifyBatch(checks: readonly SignatureCheck[]) {
      verifier.seen += checks.length;
      return Promise.resolve(checks.map((check) => check.message[0] === 1));
    },
  };
  return verifier;
}
const check = (valid: boolean): SignatureCheck => ({
  publicKey: new Uint8Array(32),
  message: new Uint8Array([valid ? 1 : 0]),
  signature: new Uint8Array(64),
});

describe("VerifiedCache", () => {
  it("[S8] remembers ids per policy version: an id verified under another version is not known", () => {
    const cache = new VerifiedCache(10);
    cache.add(id(1));
    expect(cache.has(id(1))).toBe(true);
    expect(cache.has(id(1), POLICY_VERSION)).toBe(true);
    expect(cache.has(id(1), POLICY_VERSION + 1)).toBe(false);
    expect(cache.has(id(2))).toBe(false);
  });

  it("[S8] is bounded: past its capacity the least recently used id is forgotten", () => {
    const cache = new VerifiedCache(3);
    [1, 2, 3].forEach((n) => cache.add(id(n)));
    expect(cache.has(id(1))).toBe(true); // 1 is now the most recently used
    cache.add(id(4));
    expect(cache.size).toBe(3);
    expect([1, 2, 3, 4].map((n) => cache.has(id(n)))).toEqual([true, false, true, true]);
  });

  it("[S8] refuses a capacity that is not a positive integer", () => {
    expect(() => new VerifiedCache(0)).toThrow(TypeError);
    expect(() => new VerifiedCache(1.5)).toThrow(TypeError);
  });

  it("[S8] verifyWithCache checks each record id once and caches only valid verdicts", async () => {
    const cache = new VerifiedCache(100);
    const verifier = countingVerifier();
    const items = [
      { id: id(1), check: check(true) },
      { id: id(2), check: check(false) },
      { id: id(3), check: check(true) },
    ];
    expect(await verifyWithCache(verifier, cache, items)).toEqual([true, false, true]);
    expect(verifier.seen).toBe(3);
    expect(await verifyWithCache(verifier, cache, items)).toEqual([true, false, true]);
    expect(verifier.seen).toBe(4); // only the invalid one is checked again
    expect(cache.size).toBe(2);
  });
});
