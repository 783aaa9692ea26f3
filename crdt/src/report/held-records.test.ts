import { describe, expect, it } from "vitest";
import { toBase64url } from "../encoding/base64url.js";
import { canonicalize } from "../records/canonical.js";
import type { DocumentUrl, MemberKey } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import type { SignatureCheck, Verifier } from "../verify/verifier.js";
import { readHeldRecords } from "./held-records.js";
import type { VoteBundleDocument } from "./vote-bundle.js";

const KEY = toBase64url(new Uint8Array(32).fill(7)) as MemberKey;
const SIG = toBase64url(new Uint8Array(64).fill(9));

/** `boxes` ballot boxes of `each` well-formed ballot texts (their signatures are the verifier's business). */
function boxes(count: number, each: number): VoteBundleDocument[] {
  return Array.from({ length: count }, (_, b) => {
    const ballots: Record<string, string> = {};
    for (let i = 0; i < each; i++) {
      const text = canonicalize({ at: b * each + i, body: { n: i }, deps: [], kind: "ballot", sig: SIG, signer: KEY, v: 1 });
      ballots[recordIdOf(text)] = text;
    }
    return { type: "ballot-box", url: `automerge:${"2".repeat(20)}${b}` as DocumentUrl, records: { ballots } };
  });
}

/** A parallel verifier that answers nothing until released, and counts what it was handed. */
function heldBackVerifier(): Verifier & { handed: number; release: () => void } {
  const waiting: (() => void)[] = [];
  let released = false;
  const verifier = {
    backend: "held back",
    parallel: true,
    handed: 0,
    release() {
      released = true;
      waiting.splice(0).forEach((go) => go());
    },
    verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
      verifier.handed += checks.length;
      const answer = checks.map(() => true);
      return released ? Promise.resolve(answer) : new Promise((resolve) => waiting.push(() => resolve(answer)));
    },
  };
  return verifier;
}

describe("readHeldRecords", () => {
  it("[S10] hands a parallel verifier each document as it is read, but never more than 16,384 records ahead of its answers", async () => {
    const documents = boxes(40, 600); // 24,000 records
    const verifier = heldBackVerifier();
    const reading = readHeldRecords(documents, verifier);
    await new Promise((resolve) => setImmediate(resolve));
    expect(verifier.handed).toBeGreaterThan(16_384 - 600);
    expect(verifier.handed).toBeLessThanOrEqual(16_384 + 600);
    verifier.release();
    const read = await reading;
    expect(verifier.handed).toBe(24_000);
    expect(read.held.size).toBe(24_000);
  });
});
