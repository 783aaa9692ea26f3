/**
 * The vectors of votes of the members present (crdt/vectors/assemblies/present.json, PROTOCOL.md
 * AS8) signed as vote bundles, through the verifier and the built `chapterhouse verify`: who was in
 * the room when the vote opened, the electorate kept to them, the room every close records, each
 * attendance record's status. Plus the bad inputs: a ballot of a member not present, a taken
 * check-in missing, a close recording another room or none, an open naming no valid assembly.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { verifyCliIn } from "../../test/helpers/verify-cli.js";
import { verifier } from "../report/test-helpers/vote-scenario.js";
import { verifyVote } from "../report/verify-vote.js";
import { voteBundleFor } from "../report/vote-bundle-for.js";
import type { VoteBundle } from "../report/vote-bundle.js";
import { voteReportToCanonical } from "../report/vote-report.js";
import { readVote } from "../report/read-vote.js";
import type { ParsedRecord } from "../records/record.js";
import { presentVote, type PresentVector } from "./test-helpers/present-vote.js";

const VECTORS = (JSON.parse(readFileSync(new URL("../../vectors/assemblies/present.json", import.meta.url), "utf8")) as { vectors: PresentVector[] }).vectors;
const verifyCli = verifyCliIn("present-vectors");

/** `bundle` with `record` added to `map` of the document at `url`. */
function withRecord(bundle: VoteBundle, url: string, map: string, record: ParsedRecord): VoteBundle {
  return { ...bundle, documents: bundle.documents.map((d) => (d.url === url ? { ...d, records: { ...d.records, [map]: { ...d.records[map], [record.id]: record.text } } } : d)) };
}

/** `bundle` without the text under `id`, wherever it is. */
function without(bundle: VoteBundle, id: string): VoteBundle {
  return {
    ...bundle,
    documents: bundle.documents.map((d) => ({ ...d, records: Object.fromEntries(Object.entries(d.records).map(([map, texts]) => [map, Object.fromEntries(Object.entries(texts).filter(([key]) => key !== id))])) })),
  };
}

const proposalUrl = (bundle: VoteBundle) => bundle.documents.find((d) => d.type === "proposal")!.url;

describe("votes of the members present", () => {
  for (const [i, vector] of VECTORS.entries()) {
    it(`[${vector.rule}] [AS8.3] [AS8.4] [AS8.9] ${vector.name}`, async () => {
      const vote = await presentVote(vector);
      const key = (label: string) => vote.keys.get(label)!;
      const report = await verifyVote(vote.bundle, verifier);
      expect(report.problems).toEqual([]);
      expect(report.verified).toBe(true);
      expect(report.present).toEqual({ assembly: vote.ids.get("assembly"), ...vector.expected.present });
      expect(report.electorate!.entries.map((entry) => entry.member)).toEqual(vector.expected.electorate.map(key).sort());
      const statuses = Object.fromEntries(vector.attendance.map((a) => [a.id, report.records.find((line) => line.id === vote.ids.get(a.id))?.status]));
      expect(statuses).toEqual(vector.expected.records);
      expect(report.closes.map((close) => close.matches)).toEqual([true]);
      // A device's own bundle of the vote (V10.2, AS8.8) keeps what the vote takes: the same report but for the check-in made after the open.
      const own = await verifyVote(voteBundleFor(vote.bundle.documents, vote.bundle.vote.proposal, vote.bundle.vote.open), verifier);
      expect(own.present).toEqual(report.present);
      expect(own.records.length).toBe(report.records.length - vector.attendance.filter((a) => a.taken === false).length);
      // `chapterhouse verify` gives the same report, byte for byte.
      const cli = verifyCli(vote.bundle, `present-${i}`);
      expect(cli.status).toBe(0);
      expect(cli.report).toBe(voteReportToCanonical(report));
    });
  }

  it("[AS8.6] [V12.3] a device's plan to close a vote of the members present seals the room beside the tally", async () => {
    const vote = await presentVote(VECTORS[1]!);
    // The same vote before its close: no close, no counted records.
    const documents = vote.bundle.documents.map((d) => ({
      ...d,
      records: Object.fromEntries(Object.entries(d.records).flatMap(([map, texts]) => (map === "counted" ? [] : [[map, Object.fromEntries(Object.entries(texts).filter(([, text]) => !text.includes('"kind":"close"')))]]))),
    }));
    const reading = await readVote({ proposal: vote.bundle.vote.proposal, open: vote.bundle.vote.open, member: null, documents }, verifier);
    const { taken: _taken, ...room } = VECTORS[1]!.expected.present;
    expect(reading.closePlan?.presence).toEqual(room);
  });

  it("[AS8.5] [V4.4] a ballot of a member who checked in after the open is `ineligible-signer`, a problem: they are not in the electorate", async () => {
    const vote = await presentVote(VECTORS[0]!);
    const { record, box } = await vote.ballotOf("dee");
    const report = await verifyVote(withRecord(vote.bundle, box, "ballots", record), verifier);
    expect(report.verified).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ record: record.id, problem: "ineligible-signer" }));
  });

  it("[AS8.5] [V4.4] a ballot of a member who checked out before the open is `ineligible-signer`", async () => {
    const vote = await presentVote(VECTORS[0]!);
    const { record, box } = await vote.ballotOf("cai");
    const report = await verifyVote(withRecord(vote.bundle, box, "ballots", record), verifier);
    expect(report.problems).toContainEqual(expect.objectContaining({ record: record.id, problem: "ineligible-signer" }));
  });

  it("[AS8.3] a taken check-in no document holds makes the vote's problem `presence-unconfirmed`, and that member is not present", async () => {
    const vote = await presentVote(VECTORS[0]!);
    const report = await verifyVote(without(vote.bundle, vote.ids.get("in-fay")!), verifier);
    expect(report.problems).toContainEqual({ record: null, problem: "presence-unconfirmed", detail: "[AS8.3] 1 of the attendance records the open takes are not held" });
    expect(report.present!.members).toBe(VECTORS[0]!.expected.present.members - 1);
  });

  it("[AS8.6] a close recording another room is `wrong-result`, a problem; one recording none is too", async () => {
    const vote = await presentVote(VECTORS[1]!);
    const url = proposalUrl(vote.bundle);
    const { members, weight, electorate, quorum, needed } = VECTORS[1]!.expected.present;
    const lying = await vote.closeWith({ members, weight, electorate, quorum, needed, met: true });
    const silent = await vote.closeWith(undefined);
    for (const { close, counted, box } of [lying, silent]) {
      const report = await verifyVote(withRecord(withRecord(vote.bundle, url, "votes", close), box, "counted", counted[0]!), verifier);
      expect(report.problems).toContainEqual(expect.objectContaining({ record: close.id, problem: "wrong-result", detail: expect.stringMatching(/^\[AS8\.6\] /) as unknown }));
    }
  });

  it("[AS8.2] an open naming an assembly its chapter's document does not hold makes the vote's problem `assembly-not-valid`, and no one is present", async () => {
    const vote = await presentVote(VECTORS[0]!);
    const assembly = vote.ids.get("assembly")!;
    // Held only as the copy in the Assembly document's `origin`: the open stays valid, the assembly is not the chapter's.
    const documents = vote.bundle.documents.map((d) => (d.type !== "chapter" ? d : { ...d, records: { ...d.records, events: Object.fromEntries(Object.entries(d.records["events"] ?? {}).filter(([id]) => id !== assembly)) } }));
    const report = await verifyVote({ ...vote.bundle, documents }, verifier);
    expect(report.problems.map((p) => p.problem)).toEqual(expect.arrayContaining(["assembly-not-valid", "electorate-empty"]));
    expect(report.present!.members).toBe(0);
  });
});
