import { createVerifier, encodeVoteBundle, verifyVote, voteReportToCanonical, type DocumentUrl, type TallyResult, type VoteBundleDocument } from "@chapterhouse/crdt";
import { beforeAll, describe, expect, it } from "vitest";
import { rememberingVerifier } from "../../shared/worker/remembering-verifier.js";
import { readVote } from "./read-vote.js";
import { simulated } from "./test-helpers/vote-fixtures.js";
import { verificationSummaryOf } from "./verification-summary-of.js";
import { voteBundleFor } from "./vote-bundle-for.js";

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

describe("reading a proposal's votes", () => {
  it("[V9] reads the current vote with the same report as the core, and the bundle it verifies is the vote's own", async () => {
    const verifier = await createVerifier();
    const { bundle } = vote;
    const reading = await readVote({ proposal: bundle.vote.proposal, open: null, member: null, documents: bundle.documents }, verifier);
    expect(reading.open).toBe(bundle.vote.open);
    expect(voteReportToCanonical(reading.report!)).toBe(voteReportToCanonical(await verifyVote(bundle, verifier)));
    expect(reading.report!.verified).toBe(true);
    expect(reading.decision).not.toBeNull();
    expect(reading.closePlan).toBeNull();
    expect(reading.supersedePlan).toBeNull();
    expect(reading.ballots.length).toBe(reading.report!.ballots.voters);
    expect(encodeVoteBundle(voteBundleFor(bundle.documents, bundle.vote.proposal, bundle.vote.open))).toBe(encodeVoteBundle(bundle));
  });

  it("[V10.2] the bundle of a vote leaves out ballot boxes its open does not name", () => {
    const { bundle } = vote;
    const stray: VoteBundleDocument = { type: "ballot-box", url: "automerge:2StrayBoxNotInTheOpen" as DocumentUrl, records: { ballots: {} } };
    const chosen = voteBundleFor([...bundle.documents, stray], bundle.vote.proposal, bundle.vote.open);
    expect(chosen.documents.some((d) => d.url === stray.url)).toBe(false);
    expect(chosen.documents.filter((d) => d.type === "ballot-box").length).toBe(bundle.documents.filter((d) => d.type === "ballot-box").length);
  });

  it("[V5.9] the plan of a first close is the tally of each member's current ballot, box by box", async () => {
    const { bundle } = vote;
    const withoutClose = bundle.documents.map((document) => {
      if (document.type === "proposal") {
        const votes = Object.fromEntries(Object.entries(document.records["votes"] ?? {}).filter(([key]) => key === bundle.vote.open));
        return { ...document, records: { ...document.records, votes } };
      }
      if (document.type === "ballot-box") return { ...document, records: { ballots: document.records["ballots"] ?? {} } };
      if (document.type === "chapter") return { ...document, records: { ...document.records, decisions: {} } };
      return document;
    });
    const reading = await readVote({ proposal: bundle.vote.proposal, open: null, member: null, documents: withoutClose }, await createVerifier());
    const plan = reading.closePlan!;
    expect(plan.supersedes).toBeNull();
    expect(plan.counted).toBe(reading.ballots.length);
    expect(new Set(plan.boxes.flatMap((box) => box.ids))).toEqual(new Set(reading.ballots.map((b) => b.id)));
    // The simulation sealed exactly this: each member's current ballot.
    expect(JSON.stringify(plan.result)).toBe(JSON.stringify(vote.summary.result satisfies TallyResult));
    expect(reading.report!.problems.map((p) => p.problem)).toEqual(["no-close"]);
  });

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

  it("[S8] remembering verifier: a second read checks no signature again, and its verdicts are the backend's", async () => {
    const inner = await createVerifier();
    let checked = 0;
    const counting = { backend: inner.backend, verifyBatch: (checks: Parameters<typeof inner.verifyBatch>[0]) => ((checked += checks.length), inner.verifyBatch(checks)) };
    const verifier = rememberingVerifier(counting);
    const input = { proposal: vote.bundle.vote.proposal, open: null, member: null, documents: vote.bundle.documents };
    const first = await readVote(input, verifier);
    const afterFirst = checked;
    const second = await readVote(input, verifier);
    expect(afterFirst).toBeGreaterThan(0);
    expect(checked).toBe(afterFirst);
    expect(voteReportToCanonical(second.report!)).toBe(voteReportToCanonical(first.report!));
  });
});
