import { describe, expect, it } from "vitest";
import { canonicalize } from "../records/canonical.js";
import { recordIdOf, signRecord, type ParsedRecord } from "../records/record.js";
import type { RecordId } from "../records/ids.js";
import { signBallot } from "../votes/vote-records.js";
import { CLOSES_AT, FINAL_AT, OPEN_AT, lineOf, signerNamed, urlNamed, voteScenario } from "./test-helpers/vote-scenario.js";

const problemsOf = (report: { problems: readonly { record: string | null; problem: string }[] }) =>
  report.problems.map((p) => `${p.problem} ${p.record ?? "vote"}`);

describe("verifying a vote", () => {
  it("[V9.4] a complete vote verifies: every record valid, the sealed result recomputed, the proposal recorded", async () => {
    const s = await voteScenario();
    const { bob, carol, dave } = s.people;
    const ballots = [await s.ballot(bob, "for"), await s.ballot(carol, "against"), await s.ballot(dave, "for")];
    const { close } = await s.close({ north: ballots.slice(0, 2), south: ballots.slice(2) });
    await s.decision(close);
    const report = await s.report();
    expect(report.problems).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.verified).toBe(true);
    expect(report.matches).toBe(true);
    expect(report.close).toBe(close.id);
    expect(report.sealed).toEqual(report.recomputed);
    expect(report.recomputed).toMatchObject({ outcome: "passed", turnout: { ballots: 3, electorateMembers: 4 } });
    expect(report.records.every((line) => line.status === "valid")).toBe(true);
    expect(report.records.filter((line) => line.kind === "ballot").every((line) => line.counted === true)).toBe(true);
    expect(report.proposal).toMatchObject({ title: "Garden plan", stage: "recorded" });
    expect(report.electorate?.members).toBe(4);
    expect(report.decisions).toEqual([{ id: expect.any(String), status: "valid" }]);
  });

  it("[V4.2] a ballot replayed into another proposal's vote is wrong-context, a problem naming it", async () => {
    const s = await voteScenario();
    const other = await voteScenario({ title: "Another proposal" });
    // The same member's ballot for another proposal, signed there and copied into this vote's box.
    const elsewhere = await other.ballot(other.people.bob, "for", { place: false });
    s.writer.put("ballot-box", s.boxUrl.north, "ballots", elsewhere);
    const mine = await s.ballot(s.people.carol, "for");
    const { close } = await s.close({ north: [mine] });
    // Without the other proposal's records its causal past is not held…
    const unheld = await s.report();
    expect(lineOf(unheld, elsewhere)).toMatchObject({ status: "missing-deps", detail: expect.stringMatching(/^\[V1\.3\] cites records not held/) });
    expect(problemsOf(unheld)).toEqual([`missing-deps ${elsewhere.id}`]);
    // …and with them it answers another open.
    s.writer.put("proposal", other.proposalUrl, "origin", other.proposal);
    s.writer.put("proposal", other.proposalUrl, "versions", other.version);
    s.writer.put("proposal", other.proposalUrl, "votes", other.open);
    const report = await s.report();
    expect(lineOf(report, elsewhere)).toMatchObject({ status: "wrong-context", detail: `[V4.2] answers open ${other.open.id}, not this vote's open ${s.open.id}` });
    expect(report.problems.find((p) => p.record === elsewhere.id)?.problem).toBe("wrong-context");
    expect(lineOf(report, other.open)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[V2\.1\] opens a vote on proposal/) });
    expect(report.verified).toBe(false);
    expect(report.close).toBe(close.id);
    expect(report.matches).toBe(true);
  });

  it("[D3.6] a forged ballot (altered choice, or another key's signature) is refused as invalid-signature", async () => {
    const s = await voteScenario();
    const { bob, erin } = s.people;
    const honest = await s.ballot(bob, "against", { place: false });
    const altered = honest.text.replace('"choice":"against"', '"choice":"for"');
    const byErin = await signRecord(erin, { kind: "ballot", body: honest.envelope.body, at: OPEN_AT + 5, deps: honest.envelope.deps });
    const claimed = byErin.text.replace(erin.publicKey, bob.publicKey);
    for (const text of [altered, claimed]) s.writer.put("ballot-box", s.boxUrl.north, "ballots", { key: (await import("../records/record.js")).recordIdOf(text), text });
    await s.close({});
    const report = await s.report();
    const forged = report.records.filter((line) => line.status === "invalid-signature");
    expect(forged).toHaveLength(2);
    expect(forged.every((line) => line.kind === "ballot" && line.detail?.startsWith("[D3.6]"))).toBe(true);
    expect(report.problems.filter((p) => p.problem === "invalid-signature")).toHaveLength(2);
    expect(report.verified).toBe(false);
  });

  it("[V4.4] a ballot from a non-member is ineligible", async () => {
    const s = await voteScenario();
    const stranger = await s.ballot(s.people.erin, "for");
    await s.close({});
    const report = await s.report();
    expect(lineOf(report, stranger)).toMatchObject({ status: "ineligible-signer", detail: "[V4.4] the signer is not in the vote's electorate" });
    expect(problemsOf(report)).toEqual([`ineligible-signer ${stranger.id}`]);
  });

  it("[V3.1] [V4.4] a ballot from a member removed before the open is ineligible: the removal is in the roster reference", async () => {
    const s = await voteScenario({
      governance: async ({ alice, root, north, role, admits }) => [
        await signRecord(alice, {
          kind: "remove",
          body: { chapter: north.id, member: (await signerNamed("carol")).publicKey, decision: null },
          at: OPEN_AT - 10,
          deps: [root.id, north.id, role.id, admits.get("carol")!.id],
        }),
      ],
    });
    const removed = await s.ballot(s.people.carol, "for");
    const stays = await s.ballot(s.people.bob, "for");
    await s.close({ north: [stays] });
    const report = await s.report();
    expect(report.electorate?.members).toBe(3);
    expect(lineOf(report, removed)?.status).toBe("ineligible-signer");
    expect(lineOf(report, stays)).toMatchObject({ status: "valid", counted: true });
  });

  it("[V4.8] a changed vote: the highest seq counts and the earlier ballot is superseded, silently", async () => {
    const s = await voteScenario();
    const first = await s.ballot(s.people.bob, "for");
    const second = await s.ballot(s.people.bob, "against", { seq: 2, at: OPEN_AT + 200 });
    await s.close({ north: [second] });
    const report = await s.report();
    expect(lineOf(report, first)).toMatchObject({ status: "superseded-seq", counted: false });
    expect(lineOf(report, second)).toMatchObject({ status: "valid", counted: true });
    expect(report.verified).toBe(true);
    expect(report.notes).toEqual([]);
    expect(report.recomputed).toMatchObject({ outcome: "rejected" });
  });

  it("[V9.3] a record whose kind was damaged is a problem, not a note: a decision made a ducision, a superseded ballot a bamlot", async () => {
    const s = await voteScenario();
    const first = await s.ballot(s.people.bob, "for");
    const second = await s.ballot(s.people.bob, "against", { seq: 2, at: OPEN_AT + 200 });
    const { close } = await s.close({ north: [second] });
    const decision = await s.decision(close);
    expect((await s.report()).verified).toBe(true);
    // Damaged in place, under the key of the genuine record (whose hash the text no longer has)…
    s.writer.put("chapter", s.root.url, "decisions", { key: decision.id, text: decision.text.replace('"kind":"decision"', '"kind":"ducision"') });
    s.writer.put("ballot-box", s.boxUrl.north, "ballots", { key: first.id, text: first.text.replace('"kind":"ballot"', '"kind":"bamlot"') });
    const report = await s.report();
    expect(lineOf(report, decision)).toMatchObject({ kind: "ducision", status: "malformed", detail: expect.stringMatching(/^\[D3\.4\] wrong-id/) });
    expect(lineOf(report, first)).toMatchObject({ kind: "bamlot", status: "malformed" });
    expect(problemsOf(report).sort()).toEqual([`malformed ${decision.id}`, `malformed ${first.id}`].sort());
    expect(report.notes).toEqual([]);
    expect(report.verified).toBe(false);
    expect(report.proposal.stage).toBe("closed"); // the decision is gone, and the report says why
    // …or stored under its new id, where the map holds no such kind (D3.5): a problem all the same.
    const ducision = decision.text.replace('"kind":"decision"', '"kind":"ducision"');
    s.writer.put("chapter", s.root.url, "decisions", { key: recordIdOf(ducision), text: ducision });
    const again = await s.report();
    expect(lineOf(again, recordIdOf(ducision))).toMatchObject({ kind: "ducision", status: "malformed", detail: expect.stringMatching(/^\[D3\.5\]/) });
    expect(problemsOf(again)).toContain(`malformed ${recordIdOf(ducision)}`);
  });

  it("[V4.8] an equal-seq conflict flags both ballots and the smaller id counts", async () => {
    const s = await voteScenario();
    const a = await s.ballot(s.people.bob, "for", { at: OPEN_AT + 1 });
    const b = await s.ballot(s.people.bob, "against", { at: OPEN_AT + 2 });
    const [small, large] = a.id < b.id ? [a, b] : [b, a];
    await s.close({ north: [small] });
    const report = await s.report();
    expect(lineOf(report, small)).toMatchObject({ status: "conflicting-seq", counted: true, detail: expect.stringContaining("this one, the smallest id, counts") });
    expect(lineOf(report, large)).toMatchObject({ status: "conflicting-seq", counted: false });
    expect(report.notes.map((n) => n.record).sort()).toEqual([small.id, large.id].sort());
    expect(report.verified).toBe(true);
  });

  it("[V5.4] a close by a member who is not a facilitator is ineligible, and the vote has no close", async () => {
    const s = await voteScenario();
    const ballot = await s.ballot(s.people.carol, "for");
    const { close } = await s.close({ north: [ballot] }, { by: s.people.bob, deps: [s.admits.get("bob")!.id] });
    const report = await s.report();
    expect(lineOf(report, close)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[V5\.4\]/) });
    expect(problemsOf(report)).toContain(`ineligible-signer ${close.id}`);
    expect(problemsOf(report)).toContain("no-close vote");
    expect(report.close).toBeNull();
  });

  it("[V5.7] a superseding close that drops a ballot is invalid; the close it names stays current", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for");
    const carol = await s.ballot(s.people.carol, "against");
    const dave = await s.ballot(s.people.dave, "for");
    const first = await s.close({ north: [bob, carol] });
    const dropping = await s.close({ north: [bob], south: [dave] }, { supersedes: first.close.id, at: CLOSES_AT + 10 });
    const report = await s.report();
    expect(lineOf(report, dropping.close)).toMatchObject({ status: "invalid-close", detail: `[V5.7] drops ballots the close it supersedes counted: ${carol.id}` });
    expect(report.close).toBe(first.close.id);
    expect(lineOf(report, dave)).toMatchObject({ status: "not-counted", counted: false });
  });

  it("[V5.7] a superseding close may add members with no counted ballot, never a second ballot of a counted member", async () => {
    const s = await voteScenario();
    const bob1 = await s.ballot(s.people.bob, "for");
    const first = await s.close({ north: [bob1] });
    const bob2 = await s.ballot(s.people.bob, "against", { seq: 2, at: CLOSES_AT + 5 });
    const dave = await s.ballot(s.people.dave, "for", { at: CLOSES_AT + 5 });
    const changed = await s.close({ north: [bob2], south: [dave] }, { supersedes: first.close.id, at: CLOSES_AT + 10 });
    const both = await s.close({ north: [bob1, bob2] }, { supersedes: first.close.id, at: CLOSES_AT + 10, result: {} });
    const added = await s.close({ north: [bob1], south: [dave] }, { supersedes: first.close.id, at: CLOSES_AT + 20 });
    const report = await s.report();
    expect(lineOf(report, changed.close)?.status).toBe("invalid-close");
    expect(lineOf(report, both.close)).toMatchObject({ status: "invalid-close", detail: expect.stringMatching(/^\[V5\.6\] counts two ballots of member/) });
    expect(lineOf(report, added.close)?.status).toBe("valid");
    expect(report.close).toBe(added.close.id);
    expect(lineOf(report, first.close)?.status).toBe("superseded");
    expect(lineOf(report, bob2)).toMatchObject({ status: "not-counted", counted: false });
    expect(lineOf(report, bob1)).toMatchObject({ status: "superseded-seq", counted: true });
    expect(report.matches).toBe(true);
  });

  it("[V5.8] two incomparable superseding closes are contested until one covers their union", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for");
    const carol = await s.ballot(s.people.carol, "for");
    const dave = await s.ballot(s.people.dave, "against");
    const first = await s.close({ north: [bob] });
    const withCarol = await s.close({ north: [bob, carol] }, { supersedes: first.close.id, at: CLOSES_AT + 10 });
    const withDave = await s.close({ north: [bob], south: [dave] }, { supersedes: first.close.id, at: CLOSES_AT + 11 });
    const contested = await s.report();
    expect(lineOf(contested, withCarol.close)?.status).toBe("contested");
    expect(lineOf(contested, withDave.close)?.status).toBe("contested");
    expect(lineOf(contested, first.close)?.status).toBe("superseded");
    expect(contested.close).toBeNull();
    expect(contested.verified).toBe(false);

    const union = await s.close({ north: [bob, carol], south: [dave] }, { supersedes: withCarol.close.id, at: CLOSES_AT + 20 });
    const settled = await s.report();
    expect(settled.close).toBe(union.close.id);
    expect([withCarol, withDave].map((c) => lineOf(settled, c.close)?.status)).toEqual(["superseded", "superseded"]);
    expect(settled.verified).toBe(true);
  });

  it("[V5.7] a superseding close at or after the finality time is refused as after-finality", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for");
    const dave = await s.ballot(s.people.dave, "for");
    const first = await s.close({ north: [bob] });
    const late = await s.close({ north: [bob], south: [dave] }, { supersedes: first.close.id, at: FINAL_AT });
    const report = await s.report();
    expect(lineOf(report, late.close)?.status).toBe("after-finality");
    expect(report.close).toBe(first.close.id);
  });

  it("[V2.8] concurrent opens are contested until an open supersedes them both", async () => {
    const s = await voteScenario();
    const second = await s.reopen({}, OPEN_AT + 1);
    const contested = await s.report();
    expect(contested.opens).toEqual(
      [
        { id: s.open.id, status: "contested" },
        { id: second.id, status: "contested" },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(problemsOf(contested)).toEqual(expect.arrayContaining([`contested ${s.open.id}`, `contested ${second.id}`]));

    const third = await s.reopen({ supersedes: [s.open.id, second.id] }, OPEN_AT + 2);
    const settled = await s.report(third.id);
    expect(settled.opens.find((o) => o.id === third.id)?.status).toBe("valid");
    expect(settled.opens.filter((o) => o.status === "superseded")).toHaveLength(2);
    expect(settled.notes.filter((n) => n.problem === "superseded")).toHaveLength(2);
  });

  it("[V4.3] a ballot found in another box of the vote's set counts", async () => {
    const s = await voteScenario();
    const dave = await s.ballot(s.people.dave, "for", { box: "north" });
    const { close } = await s.close({ north: [dave] });
    const report = await s.report();
    expect(lineOf(report, dave)).toMatchObject({ status: "valid", counted: true });
    expect(report.close).toBe(close.id);
    expect(report.verified).toBe(true);
  });

  it("[V4.3] a ballot found only in a document that is not a box of the vote is wrong-context", async () => {
    const s = await voteScenario();
    const stray = await s.ballot(s.people.bob, "for", { place: false });
    s.writer.put("ballot-box", urlNamed("some other box"), "ballots", stray);
    await s.close({});
    const report = await s.report();
    expect(lineOf(report, stray)).toMatchObject({ status: "wrong-context", detail: "[V4.3] found in no ballot box of this vote" });
  });

  it("[V4.7] a ballot cast at or after the finality time is a late note, not counted", async () => {
    const s = await voteScenario();
    const late = await s.ballot(s.people.bob, "for", { at: FINAL_AT });
    await s.close({});
    const report = await s.report();
    expect(lineOf(report, late)?.status).toBe("after-finality");
    expect(report.notes.map((n) => n.record)).toEqual([late.id]);
    expect(report.verified).toBe(true);
  });

  it("[V4.5] a ballot whose choice does not fit the rule is malformed", async () => {
    const s = await voteScenario();
    const misfit = await s.ballot(s.people.bob, "yes");
    await s.close({});
    const report = await s.report();
    expect(lineOf(report, misfit)).toMatchObject({ status: "malformed", detail: expect.stringMatching(/^\[V4\.5\] choice "yes"/) });
  });

  it("[V4.5] [T1.6] a Schulze ballot ranking options equally is valid and counted; an instant-runoff one is malformed, saying why", async () => {
    const options = ["north", "south", "east"].map((id) => ({ id, label: `${id} site` }));
    const schulze = await voteScenario({ options, rule: { type: "schulze" } });
    const tied = await schulze.ballot(schulze.people.bob, [["north", "south"], "east"]);
    const flat = await schulze.ballot(schulze.people.carol, ["east", "north"]);
    const { close } = await schulze.close({ north: [tied, flat] });
    const counted = await schulze.report();
    expect(counted.verified).toBe(true);
    expect(lineOf(counted, tied)).toMatchObject({ status: "valid", counted: true });
    expect(counted.recomputed).toMatchObject({ totals: { pairwise: { north: { south: 1, east: 1 }, south: { north: 0, east: 1 }, east: { north: 1, south: 1 } } } });
    expect(lineOf(counted, close)?.status).toBe("valid");

    const irv = await voteScenario({ options, rule: { type: "irv" } });
    const refused = await irv.ballot(irv.people.bob, [["north", "south"], "east"]);
    await irv.close({});
    const report = await irv.report();
    expect(lineOf(report, refused)).toMatchObject({
      status: "malformed",
      detail: expect.stringMatching(/^\[V4\.5\] choice ranks "north" and "south" equally, but instant runoff counts each ballot for one option at a time/),
    });
  });

  it("[V5.3] a close made before the closing time is too early", async () => {
    const s = await voteScenario();
    const { close } = await s.close({}, { at: CLOSES_AT - 1 });
    const report = await s.report();
    expect(lineOf(report, close)?.status).toBe("too-early");
  });

  it("[V5.9] a close whose sealed result is not the tally of what it counted is wrong-result", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "against");
    const honest = s.tallyOf([bob]);
    const { close } = await s.close({ north: [bob] }, { result: { ...(honest as object), outcome: "passed" } });
    const report = await s.report();
    expect(lineOf(report, close)?.status).toBe("wrong-result");
    expect(report.matches).toBe(false);
    expect(problemsOf(report)).toContain("result-mismatch vote");
    expect(canonicalize(report.recomputed)).toBe(canonicalize(honest));
  });

  it("[V5.6] a close counting a forged ballot is invalid", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for", { place: false });
    const forged = bob.text.replace('"choice":"for"', '"choice":"against"');
    const { recordIdOf } = await import("../records/record.js");
    const forgedId = recordIdOf(forged);
    s.writer.put("ballot-box", s.boxUrl.north, "ballots", { key: forgedId, text: forged });
    const fake = { id: forgedId } as ParsedRecord;
    const { close } = await s.close({ north: [fake] }, { result: {} });
    const report = await s.report();
    expect(lineOf(report, close)).toMatchObject({ status: "invalid-close", detail: expect.stringContaining("(invalid-signature)") });
  });

  it("[V5.5] [V6.2] a close whose counted record is not held cannot be confirmed", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for");
    const { close, counted } = await s.close({ north: [bob] });
    const bundle = s.bundle();
    const without = { ...bundle, documents: bundle.documents.map((d) => (d.type === "ballot-box" ? { ...d, records: { ballots: d.records["ballots"] ?? {} } } : d)) };
    expect(counted).toHaveLength(1);
    const { verifyVote } = await import("./verify-vote.js");
    const { verifier } = await import("./test-helpers/vote-scenario.js");
    const report = await verifyVote(without, verifier);
    expect(lineOf(report, close)).toMatchObject({ status: "missing-deps", detail: expect.stringMatching(/^\[V5\.5\] no counted record/) });
  });

  it("[V3.2] electorate entries whose records are not held are reported unconfirmed, a problem", async () => {
    const s = await voteScenario();
    const bundle = s.bundle();
    const daveAdmit = s.admits.get("dave")!.id;
    const without = {
      ...bundle,
      documents: bundle.documents.map((d) => ({
        ...d,
        records: Object.fromEntries(Object.entries(d.records).map(([map, texts]) => [map, Object.fromEntries(Object.entries(texts).filter(([id]) => id !== daveAdmit))])),
      })),
    };
    const { verifyVote } = await import("./verify-vote.js");
    const { verifier } = await import("./test-helpers/vote-scenario.js");
    const report = await verifyVote(without, verifier);
    expect(report.electorate?.unconfirmed).toEqual([{ id: daveAdmit, reason: "not-held" }]);
    expect(problemsOf(report)).toContain("electorate-unconfirmed vote");
  });

  it("[V3.3] members of a weighted chapter weigh its weight; a member of two chapters the higher", async () => {
    const s = await voteScenario({ weights: ({ north }) => [{ chapter: north, weight: 3 }] });
    const report = await s.report();
    const weights = Object.fromEntries(report.electorate!.entries.map((e) => [e.member, e.weight]));
    expect(weights[s.people.bob.publicKey]).toBe(3);
    expect(weights[s.people.dave.publicKey]).toBe(1);
    expect(weights[s.people.alice.publicKey]).toBe(3); // founder of north and south
    expect(report.electorate?.weight).toBe(3 + 3 + 3 + 1);
  });

  it("[V7.2] [V7.4] [V7.5] a decision before finality, citing a superseded close, or with another result is refused", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for");
    const dave = await s.ballot(s.people.dave, "against");
    const first = await s.close({ north: [bob] });
    const second = await s.close({ north: [bob], south: [dave] }, { supersedes: first.close.id, at: CLOSES_AT + 5 });
    const early = await s.decision(second.close, { at: FINAL_AT - 1 });
    const stale = await s.decision(first.close);
    const wrong = await s.decision(second.close, { result: { outcome: "passed" } });
    const good = await s.decision(second.close);
    const report = await s.report();
    expect(lineOf(report, early)?.status).toBe("too-early");
    expect(lineOf(report, stale)?.status).toBe("wrong-context");
    expect(lineOf(report, wrong)?.status).toBe("wrong-result");
    expect(lineOf(report, good)?.status).toBe("valid");
  });

  it("[V1.3] [V4.4] a ballot needs no authority in its own causal past: the open's electorate decides", async () => {
    const s = await voteScenario();
    const { alice, bob, erin } = s.people;
    // After the open, bob is removed and erin admitted: neither is in the open's roster reference.
    const removal = await signRecord(alice, {
      kind: "remove",
      body: { chapter: s.north.id, member: bob.publicKey, decision: null },
      at: OPEN_AT + 1,
      deps: [s.north.id, s.root.id, s.role.id, s.admits.get("bob")!.id],
    });
    const admitted = await signRecord(erin, { kind: "admit", body: { chapter: s.north.id, sponsors: [], countersign: null, redeem: null }, at: OPEN_AT + 1, deps: [s.north.id] });
    for (const record of [removal, admitted]) s.writer.put("chapter", s.north.url, "governance", record);
    const fields = { chapter: s.root.id, proposal: s.proposalId, open: s.open.id, textHash: s.openFields.textHash, seq: 1 };
    // bob's ballot even cites his own removal; erin's cites her admission.
    const bobs = await signBallot(bob, { ...fields, choice: "for" }, { at: OPEN_AT + 2, deps: [removal.id] });
    const erins = await signBallot(erin, { ...fields, choice: "for" }, { at: OPEN_AT + 2, deps: [admitted.id] });
    for (const ballot of [bobs, erins]) s.writer.put("ballot-box", s.boxUrl.north, "ballots", ballot);
    await s.close({ north: [bobs] });
    const report = await s.report();
    expect(lineOf(report, removal)?.status).toBe("valid");
    expect(lineOf(report, admitted)?.status).toBe("valid");
    expect(lineOf(report, bobs)).toMatchObject({ status: "valid", counted: true });
    expect(lineOf(report, erins)).toMatchObject({ status: "ineligible-signer", detail: "[V4.4] the signer is not in the vote's electorate" });
  });

  it("[V4.8] [V5.10] a conflicting current ballot the current close did not count stays conflicting-seq, not not-counted", async () => {
    const s = await voteScenario();
    const a = await s.ballot(s.people.bob, "for", { at: OPEN_AT + 1 });
    const b = await s.ballot(s.people.bob, "against", { at: OPEN_AT + 2 });
    const carol = await s.ballot(s.people.carol, "for");
    await s.close({ north: [carol] });
    const report = await s.report();
    for (const ballot of [a, b]) expect(lineOf(report, ballot)).toMatchObject({ status: "conflicting-seq", counted: false });
    expect(report.notes.map((n) => `${n.problem} ${n.record}`).sort()).toEqual([`conflicting-seq ${a.id}`, `conflicting-seq ${b.id}`].sort());
  });

  it("[V5.6] a counted id present in the bundle but not an eligible ballot makes the close invalid-close; only absent ids make it missing-deps", async () => {
    const s = await voteScenario();
    const carol = await s.ballot(s.people.carol, "for");
    // bob's ballot cites a record nobody holds: present in the bundle under its id, refused missing-deps.
    const unheld = recordIdOf("a record nobody holds");
    const fields = { chapter: s.root.id, proposal: s.proposalId, open: s.open.id, textHash: s.openFields.textHash, seq: 1 };
    const waiting = await signBallot(s.people.bob, { ...fields, choice: "for" }, { at: OPEN_AT + 5, deps: [unheld] });
    s.writer.put("ballot-box", s.boxUrl.north, "ballots", waiting);
    const absent = { id: recordIdOf("a ballot text that is nowhere") } as ParsedRecord;
    const both = await s.close({ north: [carol, waiting], south: [absent] }, { result: {} });
    const missing = await s.close({ north: [carol], south: [absent] }, { result: {} });
    const report = await s.report();
    expect(lineOf(report, waiting)?.status).toBe("missing-deps");
    expect(lineOf(report, both.close)).toMatchObject({ status: "invalid-close", detail: `[V5.6] counts ${waiting.id}, which is not an eligible ballot of this vote (missing-deps)` });
    expect(lineOf(report, missing.close)).toMatchObject({ status: "missing-deps", detail: `[V5.6] counts ballots this device does not hold: ${absent.id}` });
  });

  it("[V6.2] a counted record is judged after the closes: its close valid, then its signer, then its ids", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for");
    const { close } = await s.close({ north: [bob] });
    const early = await s.close({ north: [bob] }, { at: CLOSES_AT - 1 });
    const counted = (closeId: RecordId, by = s.people.alice, ids: RecordId[] = [bob.id]) =>
      signRecord(by, { kind: "counted", body: { open: s.open.id, close: closeId, chapter: s.north.id, shard: 0, ids }, at: CLOSES_AT + 1, deps: [s.open.id, closeId] });
    const ofInvalidClose = await counted(early.close.id);
    const byAnother = await counted(close.id, s.people.bob);
    const byAnotherWrongIds = await counted(close.id, s.people.bob, []);
    const wrongIds = await counted(close.id, s.people.alice, []);
    for (const record of [ofInvalidClose, byAnother, byAnotherWrongIds, wrongIds]) s.writer.put("ballot-box", s.boxUrl.north, "counted", record);
    const report = await s.report();
    expect(lineOf(report, ofInvalidClose)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[V6\.2\] its close .* is not a valid close/) });
    for (const record of [byAnother, byAnotherWrongIds]) expect(lineOf(report, record)).toMatchObject({ status: "ineligible-signer", detail: "[V6.2] not signed by its close's signer" });
    expect(lineOf(report, wrongIds)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[V6\.3\]/) });
    expect(lineOf(report, close)?.status).toBe("valid");
  });

  it("[V5.8] [V5.9] a close with a wrong result keeps the status wrong-result, current or covered; the vote has result-mismatch when it is current", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for");
    const dave = await s.ballot(s.people.dave, "for");
    const wrong = await s.close({ north: [bob] }, { result: { outcome: "rejected" } });
    const alone = await s.report();
    expect(alone.close).toBe(wrong.close.id);
    expect(lineOf(alone, wrong.close)?.status).toBe("wrong-result");
    expect(alone.closes).toEqual([{ id: wrong.close.id, status: "wrong-result", supersedes: null, counted: 1, matches: false }]);
    expect(alone.sealed).toEqual({ outcome: "rejected" });
    expect(problemsOf(alone).sort()).toEqual([`wrong-result ${wrong.close.id}`, "result-mismatch vote"].sort());
    // A right close covering it becomes current; the wrong one stays wrong-result (a problem), not superseded.
    const right = await s.close({ north: [bob], south: [dave] }, { supersedes: wrong.close.id, at: CLOSES_AT + 5 });
    const covered = await s.report();
    expect(covered.close).toBe(right.close.id);
    expect(lineOf(covered, wrong.close)?.status).toBe("wrong-result");
    expect(problemsOf(covered)).toEqual([`wrong-result ${wrong.close.id}`]);
  });

  it("[V9.4] ballots: held counts every ballot line, eligible those passing V4.1–V4.7, voters their signers, counted the current close's set", async () => {
    const s = await voteScenario();
    const bob1 = await s.ballot(s.people.bob, "for");
    const bob2 = await s.ballot(s.people.bob, "against", { seq: 2, at: OPEN_AT + 200 });
    const carol = await s.ballot(s.people.carol, "for");
    const late = await s.ballot(s.people.dave, "for", { at: FINAL_AT });
    const outsider = await s.ballot(s.people.erin, "for");
    const forged = carol.text.replace('"choice":"for"', '"choice":"against"');
    s.writer.put("ballot-box", s.boxUrl.north, "ballots", { key: recordIdOf(forged), text: forged });
    await s.close({ north: [bob2] });
    const report = await s.report();
    expect([bob1, bob2, carol, late, outsider].map((b) => lineOf(report, b)?.status)).toEqual(["superseded-seq", "valid", "not-counted", "after-finality", "ineligible-signer"]);
    expect(lineOf(report, recordIdOf(forged))).toMatchObject({ kind: "ballot", status: "invalid-signature" });
    // held: six lines of kind ballot (the forged text's envelope reads as one); eligible: bob's two and carol's.
    expect(report.ballots).toEqual({ held: 6, eligible: 3, voters: 2, counted: 1 });
  });

  it("[V10.2] [V9.3] a vote bundle holds only its own vote's records: another vote's close in it is judged against this vote, a problem", async () => {
    const s = await voteScenario();
    const bob = await s.ballot(s.people.bob, "for");
    const { close: earlier } = await s.close({ north: [bob] });
    // A new vote of the same proposal supersedes the first; the earlier close stays in the Proposal document.
    const next = await s.reopen({ supersedes: [s.open.id] }, OPEN_AT + 1);
    const report = await s.report(next.id);
    expect(lineOf(report, earlier)).toMatchObject({ status: "wrong-context", detail: `[V5.2] closes open ${s.open.id}, not this vote's open ${next.id}` });
    expect(problemsOf(report)).toContain(`wrong-context ${earlier.id}`);
    expect(report.opens.find((o) => o.id === s.open.id)?.status).toBe("superseded");
  });

  it("[V9.2] a membership record the fold refuses carries the fold's own detail and rule", async () => {
    const s = await voteScenario();
    const odd = await signRecord(s.people.erin, {
      kind: "admit",
      body: { chapter: s.north.id, sponsors: [], countersign: null, redeem: null, note: "extra" },
      at: OPEN_AT + 1,
      deps: [s.north.id],
    });
    s.writer.put("chapter", s.north.url, "governance", odd);
    await s.close({});
    const report = await s.report();
    expect(lineOf(report, odd)).toMatchObject({ status: "malformed", detail: expect.stringMatching(/^\[M1\.2\] /) });
    expect(report.notes.map((n) => n.record)).toEqual([odd.id]);
    expect(report.verified).toBe(true);
  });
});
