import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalize } from "../canonical.js";
import { simulateVote, type SimulationOptions } from "../simulation/simulate-vote.js";
import { verifier } from "./test-helpers/vote-scenario.js";
import { verifyVote } from "./verify-vote.js";
import { decodeVoteBundle, encodeVoteBundle } from "./vote-bundle.js";
import { voteReportToCanonical } from "./vote-report.js";

const vector = JSON.parse(readFileSync(new URL("../../vectors/votes/simulated-schulze.json", import.meta.url), "utf8")) as {
  options: SimulationOptions;
  bundle: unknown;
  report: unknown;
};

describe("vote vectors", () => {
  it("[V11.2] [V10.1] the simulation writes the vector's bundle byte for byte", async () => {
    const { bundle } = await simulateVote(vector.options, globalThis.crypto.subtle);
    expect(encodeVoteBundle(bundle)).toBe(canonicalize(vector.bundle));
  });

  it("[V9.4] the report of the vector's bundle is the vector's report byte for byte", async () => {
    const report = await verifyVote(decodeVoteBundle(canonicalize(vector.bundle)), verifier);
    expect(voteReportToCanonical(report)).toBe(canonicalize(vector.report));
    expect(report.verified).toBe(true);
  });
});
