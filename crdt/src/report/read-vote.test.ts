import { beforeAll, describe, expect, it } from "vitest";
import type { MemberKey, RecordId } from "../records/ids.js";
import { simulateVote, type SimulatedVote } from "../simulation/simulate-vote.js";
import type { Verifier } from "../verify/verifier.js";
import { signClose, signOpen } from "../votes/vote-records.js";
import { readVote } from "./read-vote.js";
import { CLOSES_AT, OPEN_AT, verifier, voteScenario, type VoteScenario } from "./test-helpers/vote-scenario.js";
import { verifyVote } from "./verify-vote.js";
import { voteBundleFor } from "./vote-bundle-for.js";
import type { VoteBundleDocument } from "./vote-bundle.js";
import { encodeVoteBundle } from "./vote-bundle.js";
import { voteReportToCanonical } from "./vote-report.js";
import { readFileSync } from "node:fs";
import { delegationVote, type DelegationVector } from "../delegation/test-helpers/delegation-vote.js";

/** A verifier that counts the signatures it checks. */
function counting(inner: Verifier): Verifier & { checked: number } {
  const counter = {
    backend: inner.backend,
    checked: 0,
    verifyBatch: (checks: Parameters<Verifier["verifyBatch"]>[0]) => {
      counter.checked += checks.length;
      return inner.verifyBatch(checks);
    },
  };
  return counter;
}

const read = (s: VoteScenario, member: MemberKey | null = null, open: RecordId | null = null) =>
  readVote({ proposal: s.proposalId, open, member, documents: s.bundle().documents }, verifier);

let simulated: SimulatedVote;
beforeAll(async () => {
  simulated = await simulateVote({ voters: 12, rule: "schulze", chapters: 2, seed: "read-vote" }, globalThis.crypto.subtle);
});

describe("reading a proposal's votes", () => {
  it("[V9] [V12] the reading's report is the core's for the vote's own bundle, which is the simulation's bundle byte for byte", async () => {
    const { bundle } = simulated;
    const reading = await readVote({ proposal: bundle.vote.proposal, open: null, member: null, documents: bundle.documents }, verifier);
    expect(reading.open).toBe(bundle.vote.open);
    expect(voteReportToCanonical(reading.report!)).toBe(voteReportToCanonical(await verifyVote(bundle, verifier)));
    expect(reading.report!.verified).toBe(true);
    expect(reading.decision).not.toBeNull();
    expect([reading.closePlan, reading.supersedePlan]).toEqual([null, null]);
    expect(reading.ballots.length).toBe(reading.report!.ballots.voters);
    expect(reading.closes.map((close) => [close.id, close.status, close.counted])).toEqual([[reading.report!.close, "valid", reading.report!.ballots.counted]]);
    expect(encodeVoteBundle(voteBundleFor(bundle.documents, bundle.vote.proposal, bundle.vote.open))).toBe(encodeVoteBundle(bundle));
  });

  it("[V4.8] [V12.2] each member's current ballot is the one the report counts by; the member's own, its highest seq and its box", async () => {
    const s = await voteScenario();
    const { bob, carol, dave } = s.people;
    await s.ballot(bob, "for");
    const changed = await s.ballot(bob, "against", { seq: 2, at: OPEN_AT + 200 });
    const carols = await s.ballot(carol, "for");
    const daves = await s.ballot(dave, "for");
    const reading = await read(s, bob.publicKey);
    expect(reading.ballots.map((b) => [b.member, b.id, b.seq, b.choice])).toEqual(
      [
        [bob.publicKey, changed.id, 2, "against"],
        [carol.publicKey, carols.id, 1, "for"],
        [dave.publicKey, daves.id, 1, "for"],
      ].sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
    expect(reading.mine).toEqual({
      current: { id: changed.id, member: bob.publicKey, seq: 2, choice: "against", at: OPEN_AT + 200 },
      highestSeq: 2,
      box: { chapter: s.north.id, shard: 0, document: s.boxUrl.north },
      carries: null,
    });
    // dave's own chapter is south: his box is south's; erin belongs to no boxed chapter: the first box.
    expect((await read(s, dave.publicKey)).mine.box?.chapter).toBe(s.south.id);
    expect((await read(s, s.people.erin.publicKey)).mine).toEqual({ current: null, highestSeq: 0, carries: null, box: s.openFields.boxes[0] });
  });

  it("[V12.3] [V5.9] a first close's plan counts each member's current ballot in the box holding it, its result the report's recomputed tally", async () => {
    const s = await voteScenario();
    const bob1 = await s.ballot(s.people.bob, "for");
    const bob2 = await s.ballot(s.people.bob, "against", { seq: 2, at: OPEN_AT + 200 });
    const carol = await s.ballot(s.people.carol, "for");
    const dave = await s.ballot(s.people.dave, "against", { box: "north" });
    const reading = await read(s);
    expect(reading.closePlan).toEqual({
      // In the open's order; dave's ballot is in the box that holds it, not his own chapter's.
      boxes: s.openFields.boxes.map(({ chapter, shard }) => ({ chapter, shard, ids: chapter === s.north.id ? [bob2.id, carol.id, dave.id].sort() : [] })),
      result: s.tallyOf([bob2, carol, dave]),
      supersedes: null,
      counted: 3,
      adds: 0,
    });
    expect(reading.closePlan!.boxes.flatMap((box) => box.ids)).not.toContain(bob1.id);
    expect(reading.report!.problems.map((p) => p.problem)).toEqual(["no-close"]);
  });

  it("[V12.3] [V5.7] [V5.10] a ballot the current close missed gives a superseding plan keeping what it counted; signed, it is the vote's current close", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for");
    const { close } = await s.close({ north: [bob] });
    const dave = await s.ballot(s.people.dave, "against");
    // bob changed his vote after the close: he had a counted ballot, so no superseding close may add it.
    await s.ballot(s.people.bob, "against", { seq: 2, at: CLOSES_AT + 5 });
    const missed = await read(s);
    expect(missed.report!.close).toBe(close.id);
    expect(missed.closePlan).toBeNull();
    expect(missed.supersedePlan).toMatchObject({ supersedes: close.id, adds: 1, counted: 2, result: s.tallyOf([bob, dave]) });
    expect(missed.supersedePlan!.boxes.map((box) => [box.chapter, box.ids])).toEqual(
      s.openFields.boxes.map((box) => [box.chapter, box.chapter === s.north.id ? [bob.id] : [dave.id]]),
    );

    const plan = missed.supersedePlan!;
    const superseding = await signClose(s.people.alice, { open: s.open.id, boxes: plan.boxes, result: plan.result, supersedes: plan.supersedes }, { at: CLOSES_AT + 10, deps: [s.root.id, s.role.id] });
    s.writer.put("proposal", s.proposalUrl, "votes", superseding.close);
    for (const record of superseding.counted) {
      const chapter = (record.envelope.body as { chapter: string }).chapter;
      s.writer.put("ballot-box", chapter === s.north.id ? s.boxUrl.north : s.boxUrl.south, "counted", record);
    }
    const resealed = await read(s);
    expect(resealed.report!.close).toBe(superseding.close.id);
    expect(resealed.closes.map((c) => [c.id, c.status])).toEqual(
      [
        [close.id, "superseded"],
        [superseding.close.id, "valid"],
      ].sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
    expect(resealed.supersedePlan).toBeNull();
  });

  it("[V12.1] the vote shown is the proposal's current open, found in one verification pass even when a superseded open has the smaller id", async () => {
    const s = await voteScenario();
    let at = OPEN_AT + 1;
    let second = await signOpen(s.people.alice, { ...s.openFields, supersedes: [s.open.id] }, { at, deps: [s.role.id] });
    while (second.id < s.open.id) second = await signOpen(s.people.alice, { ...s.openFields, supersedes: [s.open.id] }, { at: ++at, deps: [s.role.id] });
    s.writer.put("proposal", s.proposalUrl, "votes", second);
    const counter = counting(verifier);
    const reading = await readVote({ proposal: s.proposalId, open: null, member: null, documents: s.bundle().documents }, counter);
    expect(reading.open).toBe(second.id);
    expect(reading.opens.map((o) => [o.id, o.status])).toEqual([
      [s.open.id, "superseded"],
      [second.id, "valid"],
    ]);
    const once = counting(verifier);
    await verifyVote(voteBundleFor(s.bundle().documents, s.proposalId, second.id), once);
    expect(counter.checked).toBe(once.checked);
  });

  it("[V12.1] [V2.8] of contested opens the first by id is shown, with no close plan; the open asked for is shown as asked", async () => {
    const s = await voteScenario();
    const other = await s.reopen({ closesAt: CLOSES_AT + 1 }, OPEN_AT + 1);
    const [first, last] = [s.open.id, other.id].sort();
    const contested = await read(s);
    expect(contested.open).toBe(first);
    expect(contested.opens.map((o) => o.status)).toEqual(["contested", "contested"]);
    expect(contested.closePlan).toBeNull();
    expect((await read(s, null, last)).open).toBe(last);
  });

  it("[V12.1] a proposal with no open yet: no vote is shown, but its versions and stage are", async () => {
    const s = await voteScenario();
    const documents: VoteBundleDocument[] = s.bundle().documents.map((d) => (d.type === "proposal" ? { ...d, records: { ...d.records, votes: {} } } : d));
    const reading = await readVote({ proposal: s.proposalId, open: null, member: null, documents }, verifier);
    expect([reading.open, reading.report, reading.opens]).toEqual([null, null, []]);
    expect(reading.proposal).toMatchObject({ id: s.proposalId, title: "Garden plan", stage: "deliberation", document: s.proposalUrl });
    expect(reading.proposal.versions.map((v) => [v.id, v.n, v.text])).toEqual([[s.version.id, 1, "We adopt the garden plan."]]);
  });

  it("[V9.3] a tampered ballot is a problem of the reading's report, and the reading's statuses are the report's", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for");
    await s.ballot(s.people.carol, "for");
    const documents = s.bundle().documents.map((d) => {
      const texts = d.records["ballots"];
      return texts?.[bob.id] === undefined ? d : { ...d, records: { ...d.records, ballots: { ...texts, [bob.id]: texts[bob.id]!.replace('"seq":', '"seq" :') } } };
    });
    const reading = await readVote({ proposal: s.proposalId, open: null, member: null, documents }, verifier);
    expect(reading.report!.verified).toBe(false);
    expect(reading.report!.problems.map((p) => [p.record, p.problem])).toEqual([
      [null, "no-close"],
      [bob.id, "non-canonical"],
    ]);
    expect(reading.ballots.map((b) => b.member)).toEqual([s.people.carol.publicKey]);
    expect(reading.opens.map((o) => o.status)).toEqual([reading.report!.records.find((line) => line.id === s.open.id)!.status]);
  });
});

describe("the weight a member carries (V12.4)", () => {
  it("[V12.4] [DG4] before voting a member sees whose weight they would carry, through which chain, within the vote's depth; a vote without delegation carries none", async () => {
    const vectors = (JSON.parse(readFileSync(new URL("../../vectors/delegation/resolution.json", import.meta.url), "utf8")) as { vectors: DelegationVector[] }).vectors;
    const vector = vectors.find((v) => v.name === "a chain longer than the depth limit")!;
    const { bundle, keys } = await delegationVote(vector);
    const key = (label: string) => keys.get(label)!;
    const readAs = (label: string) => readVote({ proposal: bundle.vote.proposal, open: null, member: key(label), documents: bundle.documents }, verifier);
    // bob delegates to carol but has not voted: voting, he would carry alice, who chose him.
    const bob = (await readAs("bob")).mine.carries;
    expect(bob).toEqual({ own: 1, weight: 2, members: [{ member: key("alice"), weight: 1, via: [key("bob")] }] });
    // carol voted: she carries bob and dan (one hop); alice, two hops away, is beyond the depth of 1.
    const carol = (await readAs("carol")).mine.carries!;
    expect(carol.weight).toBe(3);
    expect(carol.members.map((line) => line.member)).toEqual([key("bob"), key("dan")].sort());
    expect(carol.members.every((line) => line.via.length === 1 && line.via[0] === key("carol"))).toBe(true);
    // No delegation in the simulated vote: nothing is carried; a member outside the electorate neither.
    const voter = simulated.bundle.documents.flatMap((d) => Object.values(d.records["ballots"] ?? {})).map((text) => (JSON.parse(text) as { signer: MemberKey }).signer)[0]!;
    const plain = await readVote({ proposal: simulated.bundle.vote.proposal, open: null, member: voter, documents: simulated.bundle.documents }, verifier);
    expect(plain.mine.current).not.toBeNull();
    expect(plain.mine.carries).toBeNull();
    expect((await readVote({ proposal: bundle.vote.proposal, open: null, member: voter, documents: bundle.documents }, verifier)).mine.carries).toBeNull();
  });
});
