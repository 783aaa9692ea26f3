import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalize } from "../records/canonical.js";
import { foldMembership } from "../membership/fold-membership.js";
import { isMembershipKind } from "../membership/kinds.js";
import { rosterToCanonical } from "../membership/roster.js";
import { isParsed, parseRecord } from "../records/record.js";
import { simulateVote, type SimulationOptions } from "../simulation/simulate-vote.js";
import { verifier } from "./test-helpers/vote-scenario.js";
import { verifyVote } from "./verify-vote.js";
import { decodeVoteBundle, encodeVoteBundle } from "./vote-bundle.js";
import { voteReportToCanonical } from "./vote-report.js";

interface VoteVector {
  options: SimulationOptions;
  bundle: unknown;
  roster?: unknown;
  report: unknown;
}

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../vectors/votes/${name}`, import.meta.url), "utf8")) as VoteVector;
const vector = read("simulated-schulze.json");
const membership = read("simulated-membership.json");
const tampered = read("tampered-approval.json");

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

  it("[V11.2] [M2] [M12] with every membership kind: the bundle, the roster of its fold and its report, byte for byte", async () => {
    expect(membership.options.allMembershipKinds).toBe(true);
    const { bundle } = await simulateVote(membership.options, globalThis.crypto.subtle);
    expect(encodeVoteBundle(bundle)).toBe(canonicalize(membership.bundle));
    const records = bundle.documents.flatMap((d) => Object.values(d.records).flatMap((texts) => Object.values(texts).map((text) => parseRecord(text))));
    const fold = foldMembership(records.filter(isParsed).filter((record) => isMembershipKind(record.envelope.kind)));
    expect(fold.rejections).toEqual([]);
    expect(rosterToCanonical(fold.roster)).toBe(canonicalize(membership.roster));
    const report = await verifyVote(bundle, verifier);
    expect(voteReportToCanonical(report)).toBe(canonicalize(membership.report));
    expect(report.verified).toBe(true);
  });

  it("[V9.3] [V9.4] [D3] a tampered bundle's report is the vector's report byte for byte, its problems named", async () => {
    const report = await verifyVote(decodeVoteBundle(canonicalize(tampered.bundle)), verifier);
    expect(voteReportToCanonical(report)).toBe(canonicalize(tampered.report));
    expect(report.verified).toBe(false);
    expect(new Set(report.problems.map((p) => p.problem))).toEqual(new Set(["invalid-signature", "malformed", "non-canonical", "invalid-close", "wrong-context", "no-close"]));
  });
});
