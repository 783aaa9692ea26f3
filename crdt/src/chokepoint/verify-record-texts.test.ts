import { describe, expect, it } from "vitest";
import { BALLOT_BOX_DOCUMENT } from "../documents/ballot-box.js";
import { recordIdOf } from "../records/record.js";
import type { DocumentSnapshot } from "./candidate.js";
import { naclTestVerifier } from "./test-helpers/nacl-test-verifier.js";
import { signTest, testSigner } from "./test-helpers/test-records.js";
import { verifyRecordTexts, type RecordTexts } from "./verify-record-texts.js";
import { verifySnapshot } from "./verify-snapshot.js";

/** The snapshot listing exactly the texts of `records`, in their order. */
function snapshotOf(records: RecordTexts): DocumentSnapshot {
  return {
    type: BALLOT_BOX_DOCUMENT.name,
    maps: Object.entries(records).map(([map, texts]) => ({ map, candidates: Object.entries(texts).map(([key, text]) => ({ key, text })) })),
  };
}

describe("verifyRecordTexts", () => {
  it("[D3.3-D3.7] gives what verifySnapshot gives over the same texts: held records sorted, every refusal with its reason", async () => {
    const signer = testSigner(1);
    const ballots = await Promise.all([3, 1, 2].map((n) => signTest(signer, "ballot", { n })));
    const counted = await signTest(testSigner(2), "counted", { n: 0 });
    const forged = ballots[0]!.text.replace(/"sig":"./, (s) => s.slice(0, -1) + (s.endsWith('A"') ? "B" : "A"));
    const misplaced = await signTest(signer, "ballot", { n: 9 });
    const texts: Record<string, string> = {
      // Keys out of order, so that the records must be sorted.
      [ballots[0]!.id]: ballots[0]!.text,
      [ballots[1]!.id]: ballots[1]!.text,
      [ballots[2]!.id]: ballots[2]!.text,
      [recordIdOf(forged)]: forged,
      [counted.id]: counted.text, // a kind the map does not hold
      "wrong-key": misplaced.text,
      [recordIdOf("{ }")]: "{ }",
      [recordIdOf("not json")]: "not json",
      ["lone"]: "\ud800",
    };
    const records: RecordTexts = { ballots: texts, counted: { [counted.id]: counted.text }, unknown: { x: "y" } };

    const expected = await verifySnapshot(BALLOT_BOX_DOCUMENT, snapshotOf(records), naclTestVerifier());
    const got = await verifyRecordTexts(BALLOT_BOX_DOCUMENT, records, naclTestVerifier());
    expect(got).toEqual(expected);
    expect(got.maps.ballots.map((r) => r.id)).toEqual(ballots.map((r) => r.id).sort());
    expect(got.maps.counted.map((r) => r.id)).toEqual([counted.id]);
    expect(new Set(got.rejections.map((r) => r.reason))).toEqual(new Set(["bad-signature", "unknown-kind", "wrong-id", "non-canonical", "bad-bytes"]));
  });

  it("[S8] skips the signatures of verified ids and checks the others in one batch", async () => {
    const signer = testSigner(3);
    const ballots = await Promise.all([1, 2, 3].map((n) => signTest(signer, "ballot", { n })));
    const verifier = naclTestVerifier();
    const records: RecordTexts = { ballots: Object.fromEntries(ballots.map((r) => [r.id, r.text])) };
    const got = await verifyRecordTexts(BALLOT_BOX_DOCUMENT, records, verifier, { verified: { has: (id) => id === ballots[0]!.id } });
    expect(verifier.batches).toEqual([2]);
    expect(got.maps.ballots).toHaveLength(3);
  });
});
