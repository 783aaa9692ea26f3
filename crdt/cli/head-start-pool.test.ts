import { describe, expect, it } from "vitest";
import { checkOf } from "../test/helpers/ed25519-vector-case.js";
import { loadAllEd25519Vectors } from "../test/helpers/load-ed25519-vectors.js";
import { HeadStartPool } from "./head-start-pool.js";
import { nodeCryptoVerifier } from "./node-crypto-verifier.js";
import { threadVerifier } from "./thread-verifier.js";

// The threads run the built worker script, as `npm test` builds it before the tests run.
const check = checkOf(loadAllEd25519Vectors()[0]!);

describe("HeadStartPool", () => {
  it("[S10] gives the pool it started to the first taker of that size, running; a later taker gets one of its own", async () => {
    const headStart = new HeadStartPool(2);
    const first = headStart.take(2);
    const second = headStart.take(2);
    try {
      expect(first.size).toBe(2);
      expect(second).not.toBe(first);
      const expected = await nodeCryptoVerifier().verifyBatch([check]);
      expect(await threadVerifier(first, "node-crypto").verifyBatch([check])).toEqual(expected);
      expect(await threadVerifier(second, "node-crypto").verifyBatch([check])).toEqual(expected);
    } finally {
      await Promise.all([first.close(), second.close(), headStart.close()]);
    }
  });

  it("[S10] a taker of another size gets a pool of that size; a pool nobody took is closed", async () => {
    const headStart = new HeadStartPool(2);
    const one = headStart.take(1);
    try {
      expect(one.size).toBe(1);
      expect((await threadVerifier(one, "node-crypto").verifyBatch([check])).length).toBe(1);
    } finally {
      await one.close();
    }
    const unused = new HeadStartPool(1);
    await unused.close();
    const later = unused.take(1); // closed: a new one
    expect(later.size).toBe(1);
    await later.close();
    await expect(unused.close()).resolves.toBeUndefined();
    expect(() => new HeadStartPool(0)).toThrow(RangeError);
  });
});
