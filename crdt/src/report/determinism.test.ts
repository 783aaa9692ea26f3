import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentUrl } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import { CLOSES_AT, OPEN_AT, urlNamed, verifier, voteScenario } from "./test-helpers/vote-scenario.js";
import { verifyVote } from "./verify-vote.js";
import { decodeVoteBundle, encodeVoteBundle, mergeDocuments, type VoteBundle, type VoteBundleDocument } from "./vote-bundle.js";
import { voteReportToCanonical } from "./vote-report.js";

/** One stored text and where it was found. */
interface Entry {
  readonly type: string;
  readonly url: DocumentUrl;
  readonly map: string;
  readonly key: string;
  readonly text: string;
}

let vote: VoteBundle["vote"];
let entries: Entry[];
let reference: string;

/** A bundle whose documents list each entry as its own document entry, in the order given. */
function scattered(list: readonly Entry[]): VoteBundle {
  const documents: VoteBundleDocument[] = list.map((e) => ({ type: e.type, url: e.url, records: { [e.map]: { [e.key]: e.text } } }));
  return { vote, documents };
}

/** A bundle grouping entries per document, records inserted in the order given (no sorting). */
function grouped(list: readonly Entry[]): VoteBundle {
  const byDocument = new Map<string, { type: string; url: DocumentUrl; records: Record<string, Record<string, string>> }>();
  for (const e of list) {
    const key = `${e.type} ${e.url}`;
    let document = byDocument.get(key);
    if (document === undefined) byDocument.set(key, (document = { type: e.type, url: e.url, records: {} }));
    (document.records[e.map] ??= {})[e.key] = e.text;
  }
  return { vote, documents: [...byDocument.values()] };
}

const reportOf = async (bundle: VoteBundle) => voteReportToCanonical(await verifyVote(bundle, verifier));

beforeAll(async () => {
  // A vote with something of everything: changed and conflicting ballots, a forged one, a
  // non-member's, one in another box, junk, a close, a superseding close, a decision.
  const s = await voteScenario();
  const { bob, carol, dave, erin } = s.people;
  const bob1 = await s.ballot(bob, "for");
  const bob2 = await s.ballot(bob, "against", { seq: 2, at: OPEN_AT + 50 });
  const carolA = await s.ballot(carol, "for", { at: OPEN_AT + 1 });
  const carolB = await s.ballot(carol, "abstain", { at: OPEN_AT + 2 });
  const daveInNorth = await s.ballot(dave, "for", { box: "north" });
  await s.ballot(erin, "for");
  const forged = bob1.text.replace('"choice":"for"', '"choice":"abstain"');
  s.writer.put("ballot-box", s.boxUrl.south, "ballots", { key: recordIdOf(forged), text: forged });
  s.writer.put("ballot-box", s.boxUrl.south, "ballots", { key: "junk", text: '{ "not": "canonical" }' });
  s.writer.put("ballot-box", urlNamed("stray box"), "ballots", bob1);
  const carolCounted = carolA.id < carolB.id ? carolA : carolB;
  const first = await s.close({ north: [bob2, carolCounted] });
  const second = await s.close({ north: [bob2, carolCounted, daveInNorth] }, { supersedes: first.close.id, at: CLOSES_AT + 5 });
  await s.decision(second.close);
  const bundle = s.bundle();
  vote = bundle.vote;
  entries = bundle.documents.flatMap((d) =>
    Object.entries(d.records).flatMap(([map, texts]) => Object.entries(texts).map(([key, text]) => ({ type: d.type, url: d.url, map, key, text }))),
  );
  reference = await reportOf(bundle);
});

describe("the verification report is a function of the set of records", () => {
  it("[V9.5] the reference report is non-trivial: problems, notes, a current close", () => {
    const parsed = JSON.parse(reference) as { problems: unknown[]; notes: unknown[]; close: string | null; matches: boolean };
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.notes.length).toBeGreaterThan(0);
    expect(parsed.close).not.toBeNull();
    expect(parsed.matches).toBe(true);
  });

  it("[V9.5] any order of the records and documents gives a byte-identical report", async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }), fc.boolean(), async (order, split) => {
        expect(await reportOf(split ? scattered(order) : grouped(order))).toBe(reference);
      }),
      { numRuns: 50 },
    );
  });

  it("[V9.5] duplicated records give a byte-identical report", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: entries.length - 1 }), { maxLength: 30 }), async (repeats) => {
        const list = [...entries, ...repeats.map((i) => entries[i]!)];
        expect(await reportOf(scattered(list))).toBe(reference);
      }),
      { numRuns: 50 },
    );
  });

  it("[V9.5] [V10.2] partitions written as separate bundles, read and merged, give a byte-identical report", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 3 }), { minLength: entries.length, maxLength: entries.length }), async (parts) => {
        const bundles = [0, 1, 2, 3].map((part) => grouped(entries.filter((_, i) => parts[i] === part)));
        const read = bundles.map((b) => decodeVoteBundle(encodeVoteBundle(b)));
        const merged: VoteBundle = { vote, documents: mergeDocuments(read.flatMap((b) => b.documents)) };
        expect(await reportOf(merged)).toBe(reference);
        expect(encodeVoteBundle(merged)).toBe(encodeVoteBundle(grouped(entries)));
      }),
      { numRuns: 50 },
    );
  });
});
