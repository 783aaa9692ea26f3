import { roomMemberDeps } from "@chapterhouse/crdt/chat";
import { stageHintDraft } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl, MemberKey, ProposalId } from "@chapterhouse/crdt/records";
import { decodeVoteBundle, verifyVote, voteReportToCanonical } from "@chapterhouse/crdt/report";
import type { Choice, TallyResult } from "@chapterhouse/crdt/tally";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { afterEach, describe, expect, it } from "vitest";
import { memberDevice, type MemberDevice } from "../../../test/helpers/member-device.js";
import { startRelay, type TestRelay } from "../../../test/helpers/start-relay.js";
import { until } from "../../../test/helpers/until.js";
import { waitFor } from "../../../test/helpers/wait-for.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { createInvite } from "../organisation/create-invite.js";
import { foundChapter } from "../organisation/found-chapter.js";
import { parseInviteLink, formatInviteLink } from "../organisation/invite-link.js";
import type { OpenOrganisation } from "../organisation/open-organisation.js";
import { redeemInvite } from "../organisation/redeem-invite.js";
import { startOrganisation } from "../organisation/start-organisation.js";
import { setDelegation } from "../delegation/set-delegation.js";
import { recordEntry } from "../dues/dues-actions.js";
import { changeRole } from "../roles/appoint-role.js";
import { castBallot } from "./cast-ballot.js";
import { closeVote } from "./close-vote.js";
import { openVote, type OpenVoteRequest } from "./open-vote.js";
import { postConcern } from "./post-concern.js";
import { openVotes, type OpenVotes } from "./open-votes.js";
import { recordDecision } from "./record-decision.js";
import type { ShownVote } from "./shown-vote.js";
import { proposalWithVersion } from "./test-helpers/proposal-with-version.js";
import { spaceSigner, type VoteSigner } from "./vote-signer.js";
import { voteQuery } from "./vote-query.js";

const DAY = 86_400_000;
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A clock a test moves by hand: the vault signs every record with its time. */
interface Clock {
  now: number;
}

interface Member {
  readonly device: MemberDevice;
  readonly clock: Clock;
  readonly signer: VoteSigner;
  readonly key: MemberKey;
}

async function member(name: string, relay: TestRelay, clock: Clock): Promise<Member> {
  const device = memberDevice(name, () => clock.now);
  cleanups.push(() => device.close());
  await device.relays.addRelay(relay.url);
  await until(device.relays.relays, (s) => s.relays.some((x) => x.state === "connected"), `${name} connects to the relay`);
  const result = await device.identity.create({ name, passphrase: `${name}'s passphrase` });
  if (result.type !== "created") throw new Error(result.problem);
  const space = device.space();
  return { device, clock, signer: spaceSigner(space), key: space.member.key };
}

async function join(device: MemberDevice, link: string): Promise<void> {
  const invite = parseInviteLink(link);
  const space = device.space();
  const session = space.organisation(invite.organisation, { focus: invite.chapter, relays: invite.relay === undefined ? [] : [invite.relay] });
  await redeemInvite(space, session, invite);
}

/** The votes of a proposal on one device, as the vote screens open them (the device's worker handlers run in this thread: Node has no Worker). */
function votesOn(who: Member, session: OpenOrganisation, proposal: ProposalId, url: DocumentUrl): OpenVotes & { close(): void } {
  const { documents, worker } = who.device;
  const subject = { organisation: session, proposal, proposalUrl: url, open: null, member: who.key };
  const query = documents.query(voteQuery(worker, subject));
  const close = query.retain();
  cleanups.push(close);
  return { ...openVotes(documents, worker, subject, query, () => undefined), close };
}

const reading = async (votes: OpenVotes, predicate: (r: ShownVote) => boolean, what: string): Promise<ShownVote> =>
  (await votes.until((v) => v.reading !== undefined && predicate(v.reading), what, 15_000)).reading!;

const currentOpen = (r: ShownVote) => r.opens.find((o) => o.id === r.open)!;

/** An open of the version `start` shows, deciding in `chapter` by majority, closing a day after `now` and final a day later; `change` what a test sets otherwise. */
function openRequest(start: ShownVote, chapter: ChapterId, now: number, change: Partial<OpenVoteRequest> = {}): OpenVoteRequest {
  return {
    chapter,
    author: start.proposal.author,
    version: start.proposal.versions[0]!,
    rule: { type: "majority" },
    quorum: null,
    closesAt: now + DAY,
    finalAt: now + 2 * DAY,
    weights: [],
    supersedes: [],
    delegation: null,
    standing: false,
    ...change,
  };
}

/** alice's organisation with bob, and a neighbourhood both belong to; the clock at the start. */
async function organisationWithNeighbourhood(): Promise<{ alice: Member; bob: Member; aliceOrg: OpenOrganisation; bobOrg: OpenOrganisation; root: ChapterId; hood: ChapterId; relay: TestRelay }> {
  const relay = await startRelay();
  cleanups.push(() => relay.close());
  const clock: Clock = { now: Date.now() };
  const alice = await member("alice", relay, clock);
  const bob = await member("bob", relay, clock);
  const aliceSpace = alice.device.space();
  const { organisation, chapter: root } = await startOrganisation(aliceSpace, {
    name: "Riverside Tenants",
    place: null,
    admission: { sponsors: 1, countersign: false },
    relays: [relay.url],
  });
  const aliceOrg = aliceSpace.organisation(organisation);
  const invite = await createInvite(aliceSpace, aliceOrg, { chapter: root, maxUses: 5, expires: clock.now + 7 * DAY });
  await join(bob.device, formatInviteLink("http://app.test/", { organisation, chapter: root, invite: invite.invite, token: invite.token, relay: relay.url }));
  const hood = await foundChapter(aliceSpace, aliceOrg, {
    parent: root,
    name: "Old Quay",
    level: "neighbourhood",
    place: null,
    admission: { sponsors: 1, countersign: false },
  });
  const second = await createInvite(aliceSpace, aliceOrg, { chapter: hood, maxUses: 1, expires: clock.now + DAY });
  await join(bob.device, formatInviteLink("http://app.test/", { organisation, chapter: hood, invite: second.invite, token: second.token, relay: relay.url }));
  await aliceOrg.until((v) => v.roster.chapters.get(hood)?.members.has(bob.key) === true, "alice sees bob in the neighbourhood", 10_000);
  const bobOrg = bob.device.space().organisation(organisation);
  await bobOrg.until((v) => v.roster.chapters.get(hood)?.members.has(bob.key) === true && v.waiting === 0, "bob reads the neighbourhood", 10_000);
  return { alice, bob, aliceOrg, bobOrg, root, hood, relay };
}

describe("voting between two devices over a relay", () => {
  it("[V2] [V4.8] [V5] [V9] [CH4.4] a vote opened with weights by sub-chapter: both vote, bob changes his vote, alice closes, both verify the same sealed result, the bundle verifies, and a link to the vote finds its proposal's title and that it closed", async () => {
    const { alice, bob, aliceOrg, bobOrg, root, hood } = await organisationWithNeighbourhood();
    const { proposal, document } = await proposalWithVersion(alice.device.space(), aliceOrg, root, { title: "Fix the stairwell lights", text: "The chapter pays for new stairwell lights.", options: [] });
    const aliceVotes = votesOn(alice, aliceOrg, proposal, document);
    const start = await reading(aliceVotes, (r) => r.proposal.versions.length === 1, "alice reads the version");

    const closesAt = alice.clock.now + DAY;
    const openId = await openVote(alice.signer, aliceVotes, openRequest(start, root, alice.clock.now, { quorum: { num: 1, den: 2 }, weights: [{ chapter: hood, weight: 3 }] }));
    const opened = await reading(aliceVotes, (r) => r.open === openId, "alice reads her open");
    expect(currentOpen(opened).status).toBe("valid");
    // Both are direct members of the neighbourhood, their lowest chapter: one box there.
    expect(currentOpen(opened).body.boxes.list.map((b) => b.chapter)).toEqual([hood]);
    expect(opened.report!.electorate).toMatchObject({ members: 2, weight: 6 });

    const bobVotes = votesOn(bob, bobOrg, proposal, document);
    const bobOpened = await reading(bobVotes, (r) => r.open === openId && r.report?.electorate !== null, "bob reads the open");
    await castBallot(bob.signer, bobVotes, currentOpen(bobOpened), "against", bobOpened.mine.highestSeq);
    await castBallot(alice.signer, aliceVotes, currentOpen(opened), "for", 0);
    const bobFirst = await reading(bobVotes, (r) => r.mine.current?.seq === 1, "bob reads his first ballot");
    await castBallot(bob.signer, bobVotes, currentOpen(bobFirst), "for" satisfies Choice, bobFirst.mine.highestSeq);

    const counted = await reading(aliceVotes, (r) => r.report?.ballots.voters === 2 && r.report.ballots.held === 3, "alice holds both current ballots (bob's second among three)");
    expect((counted.report!.recomputed as TallyResult).outcome).toBe("passed");
    await expect(closeVote(alice.signer, aliceVotes, currentOpen(counted), "close")).rejects.toThrow(/closing time/);
    await expect(closeVote(bob.signer, bobVotes, currentOpen(counted), "close")).rejects.toThrow(/facilitator/);

    alice.clock.now = closesAt + 1000;
    const closeId = await closeVote(alice.signer, aliceVotes, currentOpen(counted), "close");
    const sealed = await reading(aliceVotes, (r) => r.report?.close === closeId, "alice reads her close");
    const bobSealed = await reading(bobVotes, (r) => r.report?.close === closeId && r.report.verified, "bob verifies the close");
    expect(sealed.report!.verified).toBe(true);
    expect(JSON.stringify(bobSealed.report!.sealed)).toBe(JSON.stringify(sealed.report!.sealed));
    expect(sealed.report!.sealed).toMatchObject({ outcome: "passed", turnout: { ballots: 2, weight: 6 } });

    // The exported bundle is what `chapterhouse verify` reads, and it verifies on its own.
    const bundle = decodeVoteBundle(await bobVotes.exportBundle(openId));
    const report = await verifyVote(bundle, await createVerifier());
    expect(report.verified).toBe(true);
    expect(report.close).toBe(closeId);
    expect(report.records.filter((l) => l.kind === "ballot").map((l) => l.status).sort()).toEqual(["superseded-seq", "valid", "valid"]);
    expect(bobSealed.verification!.counts).toMatchObject({ "superseded-seq": 1 });

    // After the finality time the decision enters the chapter's log.
    alice.clock.now = closesAt + DAY + 1000;
    await recordDecision(alice.signer, aliceVotes, currentOpen(sealed), sealed);
    const decided = await reading(bobVotes, (r) => r.decision !== null, "bob reads the decision");
    expect(decided.report!.verified).toBe(true);
    expect(decided.proposal.stage).toBe("recorded");

    // [CH4.4] A message's link to the vote (its open's id) shows its proposal's title and its state: found once the
    // chapter's index says the proposal was voted on (P8, a hint the proposal page signs; signed here by hand).
    const roster = aliceOrg.view.get().roster;
    const hint = await alice.device.space().signDraft(stageHintDraft(proposal, "recorded", roomMemberDeps(roster, { chapter: root, access: "chapter", members: [] }, alice.key)!));
    await alice.device.space().documents.write(roster.chapters.get(root)!.document, "proposals", [hint]);
    const indexes = { organisation: aliceOrg.url, chapters: [...roster.chapters.values()].map((chapter) => chapter.document), of: [root] };
    const linked = await waitFor(async () => {
      const found = await bob.device.worker.voteCards({ ...indexes, opens: [openId], held: [document] });
      return found.cards.length > 0 && found;
    }, "bob finds the linked vote's card", { timeoutMs: 15_000 });
    expect(linked.cards).toEqual([{ open: openId, proposal, chapter: root, title: "Fix the stairwell lights", closed: true, document }]);
    expect((await bob.device.worker.voteCards({ ...indexes, opens: [closeId], held: [document] })).cards).toEqual([]);
    expect((await bob.device.worker.voteCards({ ...indexes, opens: null, held: [document] })).cards.map((card) => card.open)).toEqual([openId]);
    expect([...alice.device.errors, ...bob.device.errors]).toEqual([]);
  });

  it("[V2.8] two opens that do not supersede each other are both contested, shown as such, until an open superseding both is made", async () => {
    const { alice, bob, aliceOrg, bobOrg, root } = await organisationWithNeighbourhood();
    const { proposal, document } = await proposalWithVersion(alice.device.space(), aliceOrg, root, { title: "Repaint the hall", text: "We repaint the hall.", options: [] });
    const aliceVotes = votesOn(alice, aliceOrg, proposal, document);
    const start = await reading(aliceVotes, (r) => r.proposal.versions.length === 1, "alice reads the version");
    const request = openRequest(start, root, alice.clock.now);
    const first = await openVote(alice.signer, aliceVotes, request);
    const second = await openVote(alice.signer, aliceVotes, { ...request, closesAt: request.closesAt + 1 });
    const bobVotes = votesOn(bob, bobOrg, proposal, document);
    const contested = await reading(bobVotes, (r) => r.opens.length === 2 && r.opens.every((o) => o.status === "contested"), "bob sees both opens contested");
    expect([first, second]).toContain(contested.open);
    expect(contested.verification!.contested).toEqual([expect.objectContaining({ kind: "open", recordIds: [first, second].sort() })]);
    expect(contested.closePlan).toBeNull();

    const third = await openVote(alice.signer, aliceVotes, { ...request, supersedes: [first, second] });
    const settled = await reading(bobVotes, (r) => r.open === third && r.opens.length === 3, "bob sees the superseding open");
    expect(settled.opens.map((o) => [o.id, o.status]).sort()).toEqual(
      [
        [first, "superseded"],
        [second, "superseded"],
        [third, "valid"],
      ].sort(),
    );
  });

  it("[V2.7] opening a vote resolves once this device has read it: the screen that opened it shows the new vote at once, not the one it replaces (a ballot begun there would be lost)", async () => {
    const { alice, aliceOrg, root } = await organisationWithNeighbourhood();
    const { proposal, document } = await proposalWithVersion(alice.device.space(), aliceOrg, root, { title: "Mend the gate", text: "We mend the gate.", options: [] });
    const aliceVotes = votesOn(alice, aliceOrg, proposal, document);
    const start = await reading(aliceVotes, (r) => r.proposal.versions.length === 1, "alice reads the version");
    const request = openRequest(start, root, alice.clock.now);
    const first = await openVote(alice.signer, aliceVotes, request);
    expect(aliceVotes.view.get().reading?.open).toBe(first);
    const second = await openVote(alice.signer, aliceVotes, { ...request, supersedes: [first] });
    const shown = aliceVotes.view.get().reading!;
    expect(shown.open).toBe(second);
    expect(shown.opens.map((o) => [o.id, o.status]).sort()).toEqual(
      [
        [first, "superseded"],
        [second, "valid"],
      ].sort(),
    );
  });

  it("[V5.7] [V5.10] a ballot the close missed is shown as not counted, and a superseding close before finality adds it", async () => {
    const { alice, bob, aliceOrg, bobOrg, root } = await organisationWithNeighbourhood();
    const { proposal, document } = await proposalWithVersion(alice.device.space(), aliceOrg, root, {
      title: "Pick the meeting night",
      text: "Which night do we meet?",
      options: [
        { id: "tuesday", label: "Tuesday" },
        { id: "thursday", label: "Thursday" },
        { id: "sunday", label: "Sunday" },
      ],
    });
    const aliceVotes = votesOn(alice, aliceOrg, proposal, document);
    const start = await reading(aliceVotes, (r) => r.proposal.versions.length === 1, "alice reads the version");
    const closesAt = alice.clock.now + DAY;
    const openId = await openVote(alice.signer, aliceVotes, openRequest(start, root, alice.clock.now, { rule: { type: "schulze" } }));
    const opened = await reading(aliceVotes, (r) => r.open === openId, "alice reads her open");
    await castBallot(alice.signer, aliceVotes, currentOpen(opened), ["thursday", "tuesday", "sunday"], 0);
    const mine = await reading(aliceVotes, (r) => r.report?.ballots.voters === 1, "alice reads her ballot");
    alice.clock.now = closesAt + 1000;
    const first = await closeVote(alice.signer, aliceVotes, currentOpen(mine), "close");

    // bob's ballot reaches alice only after her close (he was offline, or his box was not reachable).
    const bobVotes = votesOn(bob, bobOrg, proposal, document);
    const bobOpen = await reading(bobVotes, (r) => r.open === openId, "bob reads the open");
    await castBallot(bob.signer, bobVotes, currentOpen(bobOpen), ["sunday", "thursday", "tuesday"], 0);
    const missed = await reading(aliceVotes, (r) => r.supersedePlan !== null, "alice sees the missed ballot");
    expect(missed.report!.close).toBe(first);
    expect(missed.report!.notes.map((n) => n.problem)).toContain("not-counted");
    expect(missed.supersedePlan).toMatchObject({ supersedes: first, adds: 1, counted: 2 });

    const second = await closeVote(alice.signer, aliceVotes, currentOpen(missed), "supersede");
    const resealed = await reading(bobVotes, (r) => r.report?.close === second && r.report.verified, "bob verifies the superseding close");
    expect(resealed.report!.closes.map((c) => [c.id, c.status]).sort()).toEqual(
      [
        [first, "superseded"],
        [second, "valid"],
      ].sort(),
    );
    expect((resealed.report!.sealed as TallyResult).turnout.ballots).toBe(2);
    expect(resealed.supersedePlan).toBeNull();
  });

  it("[D8] [D9] ballots a vandal's device deleted from a ballot box come back from a device that kept them, and every copy counts them again", async () => {
    const { alice, bob, aliceOrg, bobOrg, root, relay } = await organisationWithNeighbourhood();
    const { proposal, document } = await proposalWithVersion(alice.device.space(), aliceOrg, root, { title: "Mend the gate", text: "We mend the gate.", options: [] });
    const aliceVotes = votesOn(alice, aliceOrg, proposal, document);
    const start = await reading(aliceVotes, (r) => r.proposal.versions.length === 1, "alice reads the version");
    const openId = await openVote(alice.signer, aliceVotes, openRequest(start, root, alice.clock.now));
    const opened = await reading(aliceVotes, (r) => r.open === openId, "alice reads her open");
    const bobVotes = votesOn(bob, bobOrg, proposal, document);
    const bobOpened = await reading(bobVotes, (r) => r.open === openId && r.report?.electorate !== null, "bob reads the open");
    await castBallot(bob.signer, bobVotes, currentOpen(bobOpened), "against", 0);
    await castBallot(alice.signer, aliceVotes, currentOpen(opened), "for", 0);
    const both = await reading(aliceVotes, (r) => r.report?.ballots.voters === 2, "alice holds both ballots");
    // bob's page is gone: alice's device is the only one that can restore his ballot, which it
    // only ever read (alice wrote her own).
    bobVotes.close();

    // mallory, who learnt the box's address, deletes every ballot from her own copy; the delete
    // reaches everyone through the relay.
    const box = currentOpen(both).body.boxes.list[0]!.document;
    const mallory = memberDevice("mallory");
    cleanups.push(() => mallory.close());
    await mallory.relays.addRelay(relay.url);
    await until(mallory.relays.relays, (s) => s.relays.some((x) => x.state === "connected"), "mallory connects to the relay");
    const created = await mallory.identity.create({ name: "mallory", passphrase: "mallory's passphrase" });
    if (created.type !== "created") throw new Error(created.problem);
    mallory.announcements.setEverywhere("vandal", [documentIdOf(box)]);
    const handle = await mallory.space().repo.find<{ ballots: Record<string, unknown> }>(box as never);
    const ballotsHeld = () => Object.keys(handle.doc().ballots).sort();
    await waitFor(() => ballotsHeld().length === 2, "mallory holds both ballots");
    const cast = ballotsHeld();
    handle.change((doc) => {
      for (const id of Object.keys(doc.ballots)) delete doc.ballots[id];
    });
    expect(ballotsHeld()).toEqual([]);

    await waitFor(() => ballotsHeld().length === 2, "alice's device writes both ballots back, and they reach mallory's copy");
    expect(ballotsHeld()).toEqual(cast);
    const restored = await reading(aliceVotes, (r) => r.report?.ballots.voters === 2, "alice counts both ballots again");
    expect(restored.report!.recomputed).toEqual(both.report!.recomputed);
    expect(restored.report!.recomputed).toMatchObject({ turnout: { ballots: 2 } });
    expect(await alice.device.store.list({ document: box, map: "ballots" })).toHaveLength(2);
  });

  it("[T1.1] [P4] a consent ballot's concern is posted as a signed comment on the voted version, valid for every device, while the ballot carries the word alone", async () => {
    const { alice, bob, aliceOrg, bobOrg, root } = await organisationWithNeighbourhood();
    const { proposal, document } = await proposalWithVersion(alice.device.space(), aliceOrg, root, { title: "Adopt the new rota", text: "The rota changes monthly.", options: [] });
    const aliceVotes = votesOn(alice, aliceOrg, proposal, document);
    const start = await reading(aliceVotes, (r) => r.proposal.versions.length === 1, "alice reads the version");
    const openId = await openVote(alice.signer, aliceVotes, openRequest(start, root, alice.clock.now, { rule: { type: "consent" } }));
    const bobVotes = votesOn(bob, bobOrg, proposal, document);
    const opened = await reading(bobVotes, (r) => r.open === openId && r.report?.electorate !== null, "bob reads the open");
    await castBallot(bob.signer, bobVotes, currentOpen(opened), "concern", 0);
    const comment = await postConcern(bob.signer, bobVotes, currentOpen(opened), "Monthly is too often for the night shift.");
    // alice's reading holds bob's ballot and comment: two more records, each valid.
    const lines = (r: ShownVote) => Object.values(r.verification?.counts ?? {}).reduce((sum, n) => sum + n, 0);
    await reading(aliceVotes, (r) => r.report?.ballots.voters === 1 && lines(r) === lines(opened) + 2 && r.verification!.counts["valid"] === opened.verification!.counts["valid"]! + 2, "alice holds bob's ballot and comment");
    const bundle = decodeVoteBundle(await aliceVotes.exportBundle(openId));
    expect((await verifyVote(bundle, await createVerifier())).records.find((l) => l.id === comment)).toMatchObject({ kind: "comment", status: "valid" });
    const ballots = bundle.documents.flatMap((d) => (d.type === "ballot-box" ? Object.values(d.records["ballots"] ?? {}) : []));
    expect(ballots.map((text) => (JSON.parse(text) as { body: { choice: unknown } }).body.choice)).toEqual(["concern"]);
    const text = JSON.parse(bundle.documents.find((d) => d.type === "proposal")!.records["comments"]![comment]!) as { body: unknown; signer: string };
    expect(text).toMatchObject({ signer: bob.key, body: { proposal, version: start.proposal.versions[0]!.id, text: "Monthly is too often for the night shift.", replyTo: null } });
    // An empty concern is refused with a code the screens say in the member's language.
    await expect(postConcern(bob.signer, bobVotes, currentOpen(opened), "")).rejects.toMatchObject({ code: "cannot-post-concern", message: expect.stringMatching(/cannot be posted/) });
  });

  it("[DG1.6] [V12.4] [DG5] [DG6] a vote opened in the app takes the chapter's delegations: bob chose alice; before voting alice sees she carries him; her ballot counts for both, bob's path shown; bob then votes himself and his ballot overrides; both devices' reports are byte-identical", async () => {
    const { alice, bob, aliceOrg, bobOrg, root } = await organisationWithNeighbourhood();
    const { proposal, document } = await proposalWithVersion(alice.device.space(), aliceOrg, root, { title: "Buy a shared ladder", text: "The chapter buys a ladder for everyone.", options: [] });
    const chosen = await setDelegation(bob.device.space(), bobOrg, { chapter: root, to: alice.key, lastSeq: 0 });
    const aliceVotes = votesOn(alice, aliceOrg, proposal, document);
    const start = await reading(aliceVotes, (r) => r.proposal.versions.length === 1, "alice reads the version");
    const rootDocument = aliceOrg.view.get().roster.chapters.get(root)!.document;
    await waitFor(async () => (await alice.device.worker.takenDelegations({ chapters: [rootDocument], proposal, chapter: root, ancestors: [], topic: null })).includes(chosen), "alice holds bob's delegation", { timeoutMs: 15_000 });

    const closesAt = alice.clock.now + DAY;
    const openId = await openVote(alice.signer, aliceVotes, openRequest(start, root, alice.clock.now, { delegation: { depth: 1, cap: null, topic: null } }));
    const opened = await reading(aliceVotes, (r) => r.open === openId && r.report?.delegation !== undefined, "alice reads her open with delegation");
    // The open lists the delegation records it takes, frozen now, in a set in its causal past.
    expect(currentOpen(opened).body.delegations).toMatchObject({ depth: 1, cap: null, topic: null, sets: [expect.any(String)] });
    expect(opened.report!.delegation!.taken).toBe(1);
    // Before voting, alice sees she would carry bob, who chose her.
    expect(opened.mine.carries).toEqual({ own: 1, weight: 2, members: [{ member: bob.key, weight: 1, via: [alice.key] }] });
    expect(opened.report!.delegation!.paths).toEqual([{ member: bob.key, weight: 1, status: "lost", reason: "not-voted" }]);

    await castBallot(alice.signer, aliceVotes, currentOpen(opened), "for", 0);
    const bobVotes = votesOn(bob, bobOrg, proposal, document);
    const carried = await reading(bobVotes, (r) => r.report?.ballots.voters === 1, "bob reads alice's ballot");
    expect(carried.report!.delegation!.paths).toEqual([{ member: bob.key, weight: 1, status: "carried", via: [alice.key] }]);
    expect(carried.report!.delegation!.totals.carried).toEqual({ members: 1, weight: 1 });
    expect(carried.report!.recomputed).toMatchObject({ outcome: "passed", turnout: { ballots: 2, weight: 2 } });
    // bob carries no one: his own weight alone.
    expect(carried.mine.carries).toEqual({ own: 1, weight: 1, members: [] });

    // bob votes himself: his ballot overrides his delegation.
    await castBallot(bob.signer, bobVotes, currentOpen(carried), "against", 0);
    const direct = await reading(aliceVotes, (r) => r.report?.ballots.voters === 2, "alice reads bob's own ballot");
    expect(direct.report!.delegation!.paths).toEqual([]);
    expect(direct.report!.delegation!.totals.direct).toEqual({ members: 2, weight: 2 });
    expect(direct.report!.recomputed).toMatchObject({ outcome: "rejected" });
    expect(direct.mine.carries).toEqual({ own: 1, weight: 1, members: [] });

    alice.clock.now = closesAt + 1000;
    const closeId = await closeVote(alice.signer, aliceVotes, currentOpen(direct), "close");
    await reading(aliceVotes, (r) => r.report?.close === closeId && r.report.verified, "alice verifies her close");
    await reading(bobVotes, (r) => r.report?.close === closeId && r.report.verified, "bob verifies the close");
    const verifier = await createVerifier();
    const [fromAlice, fromBob] = await Promise.all([aliceVotes.exportBundle(openId), bobVotes.exportBundle(openId)]);
    const reports = await Promise.all([fromAlice, fromBob].map(async (text) => voteReportToCanonical(await verifyVote(decodeVoteBundle(text), verifier))));
    expect(reports[0]).toBe(reports[1]);
    const report = JSON.parse(reports[0]!) as { verified: boolean; delegation: { members: unknown[] } };
    expect(report.verified).toBe(true);
    expect(report.delegation.members).toEqual([
      { member: alice.key, weight: 1, status: "direct" },
      { member: bob.key, weight: 1, status: "direct" },
    ].sort((a, b) => (a.member < b.member ? -1 : 1)));
    expect([...alice.device.errors, ...bob.device.errors]).toEqual([]);
  });

  it("[DU8.5] [DU8.6] [DU8.8] a vote opened in the app for members in good standing only: alice, the treasurer, recorded bob's dues but not her own; only bob votes, she is told why, and both devices' reports agree byte for byte", async () => {
    const { alice, bob, aliceOrg, bobOrg, root } = await organisationWithNeighbourhood();
    const aliceSpace = alice.device.space();
    await changeRole(aliceSpace, aliceOrg, { chapter: root, member: alice.key, role: "treasurer", decision: null }, true);
    const paid = await recordEntry(aliceSpace, aliceOrg, { chapter: root, entry: "payment", amount: 1000, currency: "EUR", corrects: null, note: "", member: bob.key, until: "2099-12-31" });
    const { proposal, document } = await proposalWithVersion(aliceSpace, aliceOrg, root, { title: "Repaint the stairs", text: "We repaint the stairs.", options: [] });
    const aliceVotes = votesOn(alice, aliceOrg, proposal, document);
    const start = await reading(aliceVotes, (r) => r.proposal.versions.length === 1, "alice reads the version");
    expect(await aliceVotes.takenPayments(root)).toEqual([paid]);

    const openId = await openVote(alice.signer, aliceVotes, openRequest(start, root, alice.clock.now, { standing: true }));
    const opened = await reading(aliceVotes, (r) => r.open === openId && r.report?.standing !== undefined, "alice reads her open with good standing");
    expect(currentOpen(opened).body.standing).toEqual({ sets: [expect.any(String)] });
    expect(opened.report!.standing).toEqual({ day: new Date(currentOpen(opened).at).toISOString().slice(0, 10), taken: 1, excluded: 1 });
    expect(opened.report!.electorate).toMatchObject({ members: 1, weight: 1 });
    expect(opened.mine).toMatchObject({ inElectorate: false, notInStanding: true });

    const bobVotes = votesOn(bob, bobOrg, proposal, document);
    const bobOpened = await reading(bobVotes, (r) => r.open === openId && r.report?.standing !== undefined, "bob reads the open");
    expect(bobOpened.mine).toMatchObject({ inElectorate: true, notInStanding: false });
    await castBallot(bob.signer, bobVotes, currentOpen(bobOpened), "for", 0);
    const voted = await reading(aliceVotes, (r) => r.report?.ballots.voters === 1, "alice reads bob's ballot");
    expect(voted.report!.recomputed).toMatchObject({ outcome: "passed", turnout: { ballots: 1, weight: 1 } });
    await reading(bobVotes, (r) => r.report?.ballots.voters === 1, "bob reads his ballot");

    const verifier = await createVerifier();
    const [fromAlice, fromBob] = await Promise.all([aliceVotes.exportBundle(openId), bobVotes.exportBundle(openId)]);
    const reports = await Promise.all([fromAlice, fromBob].map(async (text) => voteReportToCanonical(await verifyVote(decodeVoteBundle(text), verifier))));
    expect(reports[0]).toBe(reports[1]);
    const report = JSON.parse(reports[0]!) as { standing: { excluded: { member: string; paidUntil: string | null }[] }; records: { id: string; status: string }[] };
    expect(report.standing.excluded).toEqual([{ member: alice.key, weight: 1, paidUntil: null }]);
    expect(report.records.find((line) => line.id === paid)?.status).toBe("valid");
    expect([...alice.device.errors, ...bob.device.errors]).toEqual([]);
  });
});
