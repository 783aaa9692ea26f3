import { describe, expect, it } from "vitest";
import { verifier } from "../report/test-helpers/vote-scenario.js";
import { verifyVote } from "../report/verify-vote.js";
import { voteReportToCanonical } from "../report/vote-report.js";
import { encodeVoteBundle } from "../report/vote-bundle.js";
import { simulateVote } from "./simulate-vote.js";

const subtle = globalThis.crypto.subtle;
const plan = { percent: 30, depth: 2, cap: 4 };

describe("simulated delegation", () => {
  it("[DG5] [DG6] a simulated vote with 30 % delegating verifies: its sealed result counts the carried members, and the report accounts for every member", async () => {
    const { bundle, summary } = await simulateVote({ voters: 300, rule: "schulze", chapters: 3, seed: "delegating", delegation: plan }, subtle);
    const report = await verifyVote(bundle, verifier);
    expect(report.problems).toEqual([]);
    expect(report.matches).toBe(true);
    expect(report.sealed).toEqual(JSON.parse(JSON.stringify(summary.result)));
    const delegation = report.delegation!;
    expect(delegation).toMatchObject({ depth: 2, cap: 4, topic: null, taken: summary.delegations });
    expect(summary.delegations).toBeGreaterThan(60);
    expect(summary.carried).toBeGreaterThan(0);
    expect(delegation.totals.carried.members).toBe(summary.carried);
    expect(delegation.members).toHaveLength(report.electorate!.members);
    // Turnout counts the carried members' ballots beside the direct ones (DG5).
    expect((report.sealed as { turnout: { ballots: number } }).turnout.ballots).toBe(report.ballots.counted + summary.carried);
    const lost = Object.values(delegation.totals.lost).reduce((sum, count) => sum + count.members, 0);
    expect(delegation.totals.direct.members + delegation.totals.carried.members + delegation.totals.absent.members + lost).toBe(report.electorate!.members);
    expect(delegation.concentration.top.length).toBeGreaterThan(0);
    expect(delegation.concentration.top.every((entry) => entry.members <= plan.cap)).toBe(true);
  });

  it("[DG6] [V11.2] without delegation the simulation and its report are what they were: no delegation member, no delegation records", async () => {
    const { bundle, summary } = await simulateVote({ voters: 40, rule: "majority", chapters: 2, seed: "plain" }, subtle);
    const report = await verifyVote(bundle, verifier);
    expect("delegation" in report).toBe(false);
    expect(summary.delegations).toBe(0);
    expect(encodeVoteBundle(bundle)).not.toMatch(/"delegations"|delegation-set/);
    expect(voteReportToCanonical(report)).not.toMatch(/"delegation"/);
  });
});
