import { readVote, voteReportToCanonical } from "@chapterhouse/crdt/report";
import { simulateVote } from "@chapterhouse/crdt/simulation";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { rememberingVerifier } from "./remembering-verifier.js";

describe("the worker's verifier", () => {
  it("[S8] the worker's remembering verifier checks no signature twice, and its verdicts are the backend's", async () => {
    const vote = await simulateVote({ voters: 6, rule: "approval", chapters: 2, seed: "remember" }, globalThis.crypto.subtle);
    const inner = await createVerifier();
    let checked = 0;
    const verifier = rememberingVerifier({ backend: inner.backend, verifyBatch: (checks) => ((checked += checks.length), inner.verifyBatch(checks)) });
    const input = { proposal: vote.bundle.vote.proposal, open: null, member: null, documents: vote.bundle.documents };
    const first = await readVote(input, verifier);
    const afterFirst = checked;
    const second = await readVote(input, verifier);
    expect(afterFirst).toBeGreaterThan(0);
    expect(checked).toBe(afterFirst);
    expect(voteReportToCanonical(second.report!)).toBe(voteReportToCanonical(first.report!));
  });
});
