import { describe, expect, it } from "vitest";
import { fromBase64url } from "../encoding/base64url.js";
import { signingBytes } from "../records/record.js";
import type { SignatureCheck, Verifier } from "../verify/verifier.js";
import { coalescingVerifier } from "./coalescing-verifier.js";
import { signerNamed, verifier } from "./test-helpers/vote-scenario.js";
import { signRecord } from "../records/record.js";

async function check(name: string, good: boolean): Promise<SignatureCheck> {
  const signer = await signerNamed(name);
  const record = await signRecord(signer, { kind: "note", body: { name }, at: 1 });
  const signature = fromBase64url(record.envelope.sig);
  if (!good) signature[0] = (signature[0] ?? 0) ^ 1;
  return { publicKey: fromBase64url(signer.publicKey), message: signingBytes(record.envelope), signature };
}

describe("the coalescing verifier", () => {
  it("[V9.1] calls made together share one batch, ordered by key, and each gets its own verdicts in order", async () => {
    const batches: number[] = [];
    const counting: Verifier = {
      backend: "counting",
      verifyBatch: (checks) => {
        batches.push(checks.length);
        return verifier.verifyBatch(checks);
      },
    };
    const coalesced = coalescingVerifier(counting);
    const first = [await check("a", true), await check("b", false)];
    const second = [await check("c", false), await check("d", true), await check("a", true)];
    const [x, y, z] = await Promise.all([coalesced.verifyBatch(first), coalesced.verifyBatch(second), coalesced.verifyBatch([])]);
    expect(x).toEqual([true, false]);
    expect(y).toEqual([false, true, true]);
    expect(z).toEqual([]);
    expect(batches).toEqual([5]);
    expect(await coalesced.verifyBatch([await check("e", true)])).toEqual([true]);
    expect(batches).toEqual([5, 1]);
  });

  it("[V9.1] a failing backend rejects every call of its batch", async () => {
    const failing = coalescingVerifier({ backend: "broken", verifyBatch: () => Promise.reject(new Error("backend down")) });
    const results = await Promise.allSettled([failing.verifyBatch([]), failing.verifyBatch([])]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });
});
