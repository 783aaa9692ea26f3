import { readVote, type VoteBundleDocument } from "@chapterhouse/crdt/report";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { beforeAll, describe, expect, it } from "vitest";
import { simulated } from "./test-helpers/vote-fixtures.js";
import { verificationSummaryOf } from "./verification-summary-of.js";

type Simulated = Awaited<ReturnType<typeof simulated>>;
let vote: Simulated;
beforeAll(async () => {
  vote = await simulated("schulze", 12);
});

/** The documents with one record text replaced by junk under the same key. */
function tampered(documents: readonly VoteBundleDocument[], map: string): { documents: VoteBundleDocument[]; key: string } {
  let key = "";
  const out = documents.map((document) => {
    const texts = document.records[map];
    if (key !== "" || texts === undefined || Object.keys(texts).length === 0) return document;
    key = Object.keys(texts)[0]!;
    return { ...document, records: { ...document.records, [map]: { ...texts, [key]: texts[key]!.replace('"seq":', '"seq" :') } } };
  });
  return { documents: out, key };
}

describe("the verification panel's summary of a vote reading", () => {
  it("[V9.3] a tampered ballot shows in the verification summary with its status and reason, and the vote is not verified", async () => {
    const { documents, key } = tampered(vote.bundle.documents, "ballots");
    const reading = await readVote({ proposal: vote.bundle.vote.proposal, open: null, member: null, documents }, await createVerifier());
    const summary = verificationSummaryOf(reading.report!, reading.signers);
    const entry = summary.records.find((r) => r.recordId === key)!;
    expect(entry.status).not.toBe("valid");
    expect(entry.reason).not.toBe("");
    expect(summary.counts["valid"]).toBeGreaterThan(0);
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(reading.report!.records.length);
    expect(summary.ballotsVerified).toBe(reading.report!.ballots.eligible);
    expect(summary.unconfirmedElectorate).toBe(0);
    expect(reading.report!.verified).toBe(false);
  });

});
