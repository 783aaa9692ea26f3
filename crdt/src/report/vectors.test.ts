import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalize } from "../records/canonical.js";
import { foldMembership } from "../membership/fold-membership.js";
import { isMembershipKind } from "../membership/kinds.js";
import { rosterToCanonical } from "../membership/roster.js";
import { isParsed, parseRecord } from "../records/record.js";
import { simulateVote, type SimulationOptions } from "../simulation/simulate-vote.js";
import type { RecordId } from "../records/ids.js";
import type { SignatureCheck, Verifier } from "../verify/verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
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

  // S10: a parallel verifier's batches are judged before they are checked; the report must not tell.
  it("[S10] [V9.4] through a parallel verifier, the vectors' reports are byte for byte the same, each signature checked once", async () => {
    for (const { bundle, report } of [vector, membership, tampered]) {
      const counted = countingParallel(verifier);
      const judged = await verifyVote(decodeVoteBundle(canonicalize(bundle)), counted.verifier);
      expect(voteReportToCanonical(judged)).toBe(canonicalize(report));
      const serial = countingParallel(verifier);
      await verifyVote(decodeVoteBundle(canonicalize(bundle)), { backend: "serial", verifyBatch: (checks) => serial.verifier.verifyBatch(checks) });
      expect(counted.checked()).toBe(serial.checked());
    }
  });

  it("[S8] [S10] through a parallel verifier, a tampered bundle caches the ids it holds and none whose signature failed", async () => {
    const bundle = decodeVoteBundle(canonicalize(tampered.bundle));
    const serialCache = new VerifiedCache();
    await verifyVote(bundle, verifier, { verified: serialCache });
    const parallelCache = new VerifiedCache();
    const added: RecordId[] = [];
    const report = await verifyVote(bundle, countingParallel(verifier).verifier, { verified: { has: (id) => parallelCache.has(id), add: (id) => void added.push(id) } });
    const failed = report.records.filter((line) => line.status === "invalid-signature").map((line) => line.id);
    expect(failed.length).toBeGreaterThan(0);
    expect(added.filter((id) => failed.includes(id))).toEqual([]);
    expect(added.length).toBe(serialCache.size);
    expect(added.every((id) => serialCache.has(id))).toBe(true);
  });
});

/** `inner` as a parallel verifier (S10), counting the checks it is handed. */
function countingParallel(inner: Verifier): { verifier: Verifier; checked: () => number } {
  let checked = 0;
  return {
    verifier: {
      backend: inner.backend,
      parallel: true,
      verifyBatch(checks: readonly SignatureCheck[]) {
        checked += checks.length;
        return inner.verifyBatch(checks);
      },
    },
    checked: () => checked,
  };
}
