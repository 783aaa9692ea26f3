import { afterAll, describe, expect, it } from "vitest";
import { webCryptoVerifier } from "@chapterhouse/crdt/verify";
import { checkOf } from "../test/helpers/ed25519-vector-case.js";
import { loadAllEd25519Vectors } from "../test/helpers/load-ed25519-vectors.js";
import { describeVerifierContract } from "../test/helpers/verifier-contract.js";
import { nodeCryptoVerifier } from "./node-crypto-verifier.js";
import { ThreadPool } from "./thread-pool.js";
import { threadVerifier } from "./thread-verifier.js";

// The threads run the built worker script, as `npm test` builds it before the tests run.
const pool = new ThreadPool(2);
afterAll(() => pool.close());

// Every backend and the pool pass the one Verifier contract (STYLE: one contract per seam).
describeVerifierContract("node-crypto", () => nodeCryptoVerifier(), { propertyRuns: 50 });
describeVerifierContract("node-crypto on 2 worker threads", () => threadVerifier(pool, "node-crypto"), { propertyRuns: 20 });
describeVerifierContract("tweetnacl on 2 worker threads", () => threadVerifier(pool, "tweetnacl"), { propertyRuns: 5 });

describe("threadVerifier", () => {
  it("[S1] [S7] node-crypto gives every vector of every file the same verdict as WebCrypto, in this thread and on worker threads", async () => {
    const checks = loadAllEd25519Vectors().map(checkOf);
    const expected = await webCryptoVerifier(globalThis.crypto.subtle).verifyBatch(checks);
    expect(await nodeCryptoVerifier().verifyBatch(checks)).toEqual(expected);
    expect(await threadVerifier(pool, "node-crypto").verifyBatch(checks)).toEqual(expected);
  });

  it("[S10] a pool whose threads stopped rejects every batch; a pool needs a thread", async () => {
    const stopped = new ThreadPool(1);
    await stopped.close();
    const check = checkOf(loadAllEd25519Vectors()[0]!);
    await expect(threadVerifier(stopped, "node-crypto").verifyBatch([check])).rejects.toThrow(/closed|stopped/);
    expect(() => new ThreadPool(0)).toThrow(RangeError);
  });
});
