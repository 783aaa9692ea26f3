import { describe, expect, it } from "vitest";
import { describeVerifierContract } from "../../test/helpers/verifier-contract.js";
import { checkOf } from "../../test/helpers/ed25519-vector-case.js";
import { loadFlatVectors } from "../../test/helpers/load-ed25519-vectors.js";
import type { SignatureCheck, Verifier } from "./verifier.js";
import { packChecks, unpackChecks } from "./packed-checks.js";
import { poolVerifier, verifyPacked, type CheckWorker } from "./pool-verifier.js";
import { tweetnaclVerifier } from "./tweetnacl-verifier.js";
import { webCryptoVerifier } from "./webcrypto-verifier.js";

/** Workers in this thread: each checks what it is handed with `backend`, and counts it. */
function localWorkers(n: number, backend: () => Verifier): (CheckWorker & { checked: number })[] {
  return Array.from({ length: n }, () => {
    const verifier = backend();
    const worker = {
      checked: 0,
      async verify(packed: Uint8Array<ArrayBuffer>, count: number) {
        worker.checked += count;
        return verifyPacked(verifier, packed);
      },
    };
    return worker;
  });
}

const webcrypto = () => webCryptoVerifier(globalThis.crypto.subtle);

// The pool is a Verifier like any backend: the same contract (STYLE: one contract per seam).
describeVerifierContract("pool of 3 webcrypto workers, chunks of 2", () => poolVerifier("webcrypto", localWorkers(3, webcrypto), { chunkSize: 2 }), { propertyRuns: 10 });
describeVerifierContract("pool of 1 tweetnacl worker", () => poolVerifier("tweetnacl", localWorkers(1, tweetnaclVerifier)), { propertyRuns: 5 });

describe("packed checks", () => {
  const vectors = loadFlatVectors("rfc8032.json").map(checkOf);

  it("[S10] a pack holds each check's key, message and signature, byte for byte, in order", () => {
    const { bytes, count, places } = packChecks(vectors);
    expect(count).toBe(vectors.length);
    expect([...places]).toEqual(vectors.map((_, i) => i));
    const back = unpackChecks(bytes);
    expect(back.map((c) => [c.publicKey, c.message, c.signature].map((b) => [...b]))).toEqual(vectors.map((c) => [c.publicKey, c.message, c.signature].map((b) => [...b])));
  });

  it("[S2] [S10] a check that is not bytes of S2's lengths stays out of the pack: place -1", () => {
    const good = vectors[0]!;
    const bad = [{ ...good, publicKey: good.publicKey.subarray(1) }, { ...good, message: "m" }, null, { get signature(): never { throw new Error("hostile"); } }] as unknown as SignatureCheck[];
    const { count, places } = packChecks([bad[0]!, good, bad[1]!, bad[2]!, bad[3]!, good]);
    expect(count).toBe(2);
    expect([...places]).toEqual([-1, 0, -1, -1, -1, 1]);
    expect(() => packChecks("checks" as unknown as SignatureCheck[])).toThrow(TypeError);
  });

  it("[S10] unpacking refuses bytes that are not a pack", () => {
    const { bytes } = packChecks(vectors);
    expect(() => unpackChecks(bytes.subarray(0, bytes.length - 1))).toThrow(TypeError);
    expect(() => unpackChecks(new Uint8Array(3))).toThrow(TypeError);
    const swapped = bytes.slice();
    const offsets = 4 + vectors.length * 96;
    new DataView(swapped.buffer).setUint32(offsets + 4, 1_000_000, true);
    expect(() => unpackChecks(swapped)).toThrow(TypeError);
    expect(unpackChecks(packChecks([]).bytes)).toEqual([]);
  });
});

describe("poolVerifier", () => {
  it("[S10] spreads a batch over every worker and keeps the verdicts in input order", async () => {
    const workers = localWorkers(3, webcrypto);
    const [valid, invalid] = [vectors()[1]!, checkOf(loadFlatVectors("speccheck.json")[6]!)];
    const checks = Array.from({ length: 30 }, (_, i) => (i % 4 === 0 ? invalid : valid));
    const verdicts = await poolVerifier("webcrypto", workers, { chunkSize: 4 }).verifyBatch(checks);
    expect(verdicts).toEqual(checks.map((c) => c === valid));
    expect(workers.every((w) => w.checked >= 8)).toBe(true); // 8 chunks over 3 workers: at least 2 chunks each
    expect(workers.reduce((sum, w) => sum + w.checked, 0)).toBe(30);
  });

  it("[S10] says it is parallel, names its backend and refuses a pool without workers", () => {
    const pool = poolVerifier("tweetnacl", localWorkers(2, tweetnaclVerifier));
    expect(pool.parallel).toBe(true);
    expect(pool.backend).toBe("tweetnacl");
    expect(() => poolVerifier("tweetnacl", [])).toThrow(TypeError);
    expect(() => poolVerifier("tweetnacl", localWorkers(1, tweetnaclVerifier), { chunkSize: 0 })).toThrow(TypeError);
  });

  it("[S10] a worker that fails rejects the batch; one that gives the wrong number of verdicts too", async () => {
    const valid = vectors()[0]!;
    const failing: CheckWorker = { verify: () => Promise.reject(new Error("worker stopped")) };
    await expect(poolVerifier("x", [failing]).verifyBatch([valid])).rejects.toThrow("worker stopped");
    const short: CheckWorker = { verify: () => Promise.resolve(new Uint8Array(0)) };
    await expect(poolVerifier("x", [short]).verifyBatch([valid])).rejects.toThrow(/0 verdicts for 1 checks/);
  });
});

function vectors(): SignatureCheck[] {
  return loadFlatVectors("rfc8032.json").map(checkOf);
}
