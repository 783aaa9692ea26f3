/**
 * The delegation vectors signed as vote bundles and run through `chapterhouse verify` (the built
 * CLI, V11.1): each verifies, and its report (DG6) gives every member of the vector the line the
 * vector expects and every record its status. Plus the bad inputs: a delegation signed by someone
 * else, a delegation to a non-member.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { verifyCliIn } from "../../test/helpers/verify-cli.js";
import type { VoteReport } from "../report/vote-report.js";
import type { Signer } from "../records/record.js";
import { delegationVote, type DelegationVector, type DelegationVote } from "./test-helpers/delegation-vote.js";

type Vector = DelegationVector & { expected: { members: object[]; records: Record<string, string>; concentration?: object } };
const RESOLUTION_VECTORS = (JSON.parse(readFileSync(new URL("../../vectors/delegation/resolution.json", import.meta.url), "utf8")) as { vectors: Vector[] }).vectors;

const verifyCli = verifyCliIn("delegation-vectors");

/** `chapterhouse verify` of the vote: its exit status, report and standard error. */
function verify(vote: DelegationVote, name: string): { status: number | null; report: VoteReport; stderr: string } {
  const { status, report, stderr } = verifyCli(vote.bundle, name);
  return { status, report: JSON.parse(report) as VoteReport, stderr };
}

/** The report's member lines and concentration with keys read back as the vector's labels. */
function labelled(vote: DelegationVote, report: VoteReport) {
  const labels = new Map([...vote.keys].map(([label, key]) => [key as string, label]));
  const label = (key: string) => labels.get(key) ?? key;
  const delegation = report.delegation!;
  // The report lists members by key; the vector by label.
  const members = delegation.members
    .map((line) => ({ ...line, member: label(line.member), ...("via" in line ? { via: line.via.map(label) } : {}) }))
    .sort((a, b) => (a.member < b.member ? -1 : 1));
  const top = delegation.concentration.top.map((entry) => ({ ...entry, member: label(entry.member) }));
  return { members, concentration: { ...delegation.concentration, top } };
}

describe("delegation vectors through chapterhouse verify", () => {
  for (const vector of RESOLUTION_VECTORS) {
    it(`[${vector.rule}] [V11.1] ${vector.name}`, async () => {
      const vote = await delegationVote(vector);
      const { status, report, stderr } = verify(vote, vector.name);
      expect(report.problems, JSON.stringify(report.problems.slice(0, 3))).toEqual([]);
      expect(status, stderr).toBe(0);
      const { members, concentration } = labelled(vote, report);
      // The chair founded the chapters, so is in the electorate; it neither votes nor delegates.
      expect(members.find((line) => line.member === "chair")).toMatchObject({ status: "absent" });
      expect(members.filter((line) => line.member !== "chair")).toEqual(vector.expected.members);
      if (vector.expected.concentration !== undefined) expect(concentration).toEqual(vector.expected.concentration);
      const statuses = Object.fromEntries(Object.keys(vector.expected.records).map((id) => [id, report.records.find((line) => line.id === vote.ids.get(id))?.status]));
      expect(statuses).toEqual(vector.expected.records);
      expect(report.delegation!.taken).toBe(vector.delegates.filter((d) => d.taken !== false).length + vector.declines.length);
    });
  }

  it("[DG2.2] [D3.6] a delegation signed by someone else is a problem: its signature fails, the vote's delegations are unconfirmed, and nobody carries the delegator", async () => {
    const vector = RESOLUTION_VECTORS.find((v) => v.name.startsWith("a direct vote overrides"))!;
    const forged = { ...vector, voters: ["bob"] };
    const vote = await delegationVote(forged, {
      // alice's record, signed with another key under alice's name.
      sign: (id, signer): Signer => (id === "d1" ? { publicKey: signer.publicKey, sign: (bytes) => vote_mallory.sign(bytes) } : signer),
    });
    const { status, report } = verify(vote, "forged");
    expect(status).toBe(1);
    expect(report.problems.map((p) => p.problem)).toEqual(expect.arrayContaining(["invalid-signature", "delegations-unconfirmed"]));
    expect(report.problems.find((p) => p.problem === "invalid-signature")?.record).toBe(vote.ids.get("d1"));
    expect(labelled(vote, report).members.find((line) => line.member === "alice")).toEqual({ member: "alice", weight: 1, status: "absent" });
  });

  it("[DG4.3] a delegation to a non-member carries nothing: the delegator's weight is lost as not-member, and the record itself stays valid", async () => {
    const vector = RESOLUTION_VECTORS.find((v) => v.name.includes("delegation to a non-member"))!;
    const vote = await delegationVote(vector);
    const { status, report } = verify(vote, "to a non-member");
    expect(status).toBe(0);
    expect(labelled(vote, report).members.find((line) => line.member === "carol")).toEqual({ member: "carol", weight: 1, status: "lost", reason: "not-member" });
    expect(report.records.find((line) => line.id === vote.ids.get("d3"))?.status).toBe("valid");
  });
});

const vote_mallory = await (await import("../report/test-helpers/vote-scenario.js")).signerNamed("delegation mallory");
