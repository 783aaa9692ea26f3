/**
 * The good-standing vectors (crdt/vectors/dues/standing.json, PROTOCOL.md DU8) signed as vote
 * bundles, through the verifier and the built `chapterhouse verify`: the open's day, how many
 * entries the vote takes, the electorate kept to members paid up to that day, each excluded
 * member with their paid-up date, each payment's status. Plus the bad inputs: a ballot of a member
 * not in good standing, a taken entry missing.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { MemberKey } from "../records/ids.js";
import { verifyCliIn } from "../../test/helpers/verify-cli.js";
import { verifier } from "../report/test-helpers/vote-scenario.js";
import { verifyVote } from "../report/verify-vote.js";
import { voteBundleFor } from "../report/vote-bundle-for.js";
import { voteReportToCanonical, type VoteReport } from "../report/vote-report.js";
import { standingVote, type StandingVector } from "./test-helpers/standing-vote.js";

const VECTORS = (JSON.parse(readFileSync(new URL("../../vectors/dues/standing.json", import.meta.url), "utf8")) as { vectors: StandingVector[] }).vectors;
const verifyCli = verifyCliIn("standing-vectors");

describe("good standing vectors", () => {
  for (const vector of VECTORS) {
    it(`[${vector.rule}] [DU8.2] [DU8.3] [DU8.5] [DU8.6] ${vector.name}`, async () => {
      const vote = await standingVote(vector);
      const key = (label: string) => vote.keys.get(label)!;
      const report = await verifyVote(vote.bundle, verifier);
      expect(report.problems).toEqual([]);
      expect(report.verified).toBe(true);
      const { expected } = vector;
      const byKey = (a: { member: MemberKey }, b: { member: MemberKey }) => (a.member < b.member ? -1 : 1);
      expect(report.standing).toEqual({
        day: expected.day,
        taken: expected.taken,
        excluded: expected.excluded.map((line) => ({ member: key(line.member), weight: 1, paidUntil: line.paidUntil })).sort(byKey),
      });
      expect(report.electorate!.entries.map((entry) => entry.member)).toEqual(expected.electorate.map(key).sort());
      const statuses = Object.fromEntries(vector.payments.map((p) => [p.id, report.records.find((line) => line.id === vote.ids.get(p.id))?.status]));
      expect(statuses).toEqual(expected.records);
      // A device's own bundle of the vote (V10.2, DU8.7) keeps what the vote takes: the same report but for the entry made after the open.
      const own = await verifyVote(voteBundleFor(vote.bundle.documents, vote.bundle.vote.proposal, vote.bundle.vote.open), verifier);
      expect(own.standing).toEqual(report.standing);
      expect(own.records.length).toBe(report.records.length - vector.payments.filter((p) => p.taken === false).length);
      // `chapterhouse verify` gives the same report, byte for byte.
      const cli = verifyCli(vote.bundle, "standing");
      expect(cli.status).toBe(0);
      expect(cli.report).toBe(voteReportToCanonical(report));
    });
  }

  it("[DU8.5] [V4.4] a ballot of a member not in good standing is `ineligible-signer`, a problem: they are not in the electorate", async () => {
    const vote = await standingVote(VECTORS[0]!);
    const { record, box } = await vote.ballotOf("cai");
    const documents = vote.bundle.documents.map((d) => (d.url === box ? { ...d, records: { ...d.records, ballots: { ...d.records["ballots"], [record.id]: record.text } } } : d));
    const report: VoteReport = await verifyVote({ ...vote.bundle, documents }, verifier);
    expect(report.verified).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ record: record.id, problem: "ineligible-signer" }));
  });

  it("[DU8.2] a taken ledger entry no document holds makes the vote's problem `standing-unconfirmed`: no device can know who is in good standing", async () => {
    const vote = await standingVote(VECTORS[0]!);
    const gone = vote.ids.get("p-ana")!;
    const documents = vote.bundle.documents.map((d) => (d.records["dues"]?.[gone] === undefined ? d : { ...d, records: { ...d.records, dues: Object.fromEntries(Object.entries(d.records["dues"]).filter(([id]) => id !== gone)) } }));
    const report = await verifyVote({ ...vote.bundle, documents }, verifier);
    expect(report.problems).toContainEqual({ record: null, problem: "standing-unconfirmed", detail: "[DU8.2] 1 of the ledger entries the open takes are not held" });
    expect(report.standing!.excluded.map((line) => line.member)).toContain(vote.keys.get("ana"));
  });
});
