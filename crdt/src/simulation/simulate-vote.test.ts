import { describe, expect, it } from "vitest";
import { verifier } from "../report/test-helpers/vote-scenario.js";
import { verifyVote } from "../report/verify-vote.js";
import { encodeVoteBundle } from "../report/vote-bundle.js";
import { RULE_TYPES } from "../tally/tally.js";
import { SeededRandom } from "./seeded-random.js";
import { simulateVote } from "./simulate-vote.js";

const subtle = globalThis.crypto.subtle;

describe("simulated votes", () => {
  it("[V11.2] the same seed gives byte-identical bundles; another seed another one", async () => {
    const a = encodeVoteBundle((await simulateVote({ voters: 20, rule: "approval", chapters: 3, seed: "s" }, subtle)).bundle);
    const b = encodeVoteBundle((await simulateVote({ voters: 20, rule: "approval", chapters: 3, seed: "s" }, subtle)).bundle);
    const c = encodeVoteBundle((await simulateVote({ voters: 20, rule: "approval", chapters: 3, seed: "t" }, subtle)).bundle);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("[V11.2] a simulated vote under each of the nine rules verifies, its sealed result matching", async () => {
    for (const rule of RULE_TYPES) {
      const { bundle, summary } = await simulateVote({ voters: 25, rule, chapters: 2, seed: rule }, subtle);
      const report = await verifyVote(bundle, verifier);
      expect(report.problems, rule).toEqual([]);
      expect(report.matches).toBe(true);
      expect(report.sealed).toEqual(JSON.parse(JSON.stringify(summary.result)));
      expect(report.electorate?.members).toBe(26);
      expect(report.proposal.stage).toBe("recorded");
    }
  });

  it("[V11.2] boxes are sharded so a box holds about 2,000 ballots at most", async () => {
    const { summary } = await simulateVote({ voters: 30, rule: "majority", chapters: 1, seed: "x" }, subtle);
    expect(summary.boxes).toBe(1);
    await expect(simulateVote({ voters: 0, rule: "majority" }, subtle)).rejects.toThrow(RangeError);
    await expect(simulateVote({ voters: 5, rule: "borda" as never }, subtle)).rejects.toThrow(/unknown rule/);
  });

  it("[V11.2] the seeded generator is deterministic and unbiased in range", () => {
    const a = new SeededRandom("seed");
    const b = new SeededRandom("seed");
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(new SeededRandom("other").next()).not.toBe(xs[0]);
    const r = new SeededRandom("range");
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[r.below(3)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(900);
    expect(() => r.below(0)).toThrow(RangeError);
  });
});
