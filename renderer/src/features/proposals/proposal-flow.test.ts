import { memberGrant } from "@chapterhouse/crdt/membership";
import type { ProposalDetail } from "@chapterhouse/crdt/proposals";
import type { ChapterId, ProposalId } from "@chapterhouse/crdt/records";
import { afterEach, describe, expect, it } from "vitest";
import { memberDevice, type MemberDevice } from "../../../test/helpers/member-device.js";
import { startRelay, type TestRelay } from "../../../test/helpers/start-relay.js";
import { until } from "../../../test/helpers/until.js";
import { createInvite } from "../organisation/create-invite.js";
import type { OpenOrganisation } from "../organisation/open-organisation.js";
import { redeemInvite } from "../organisation/redeem-invite.js";
import { startOrganisation } from "../organisation/start-organisation.js";
import { createProposal } from "./create-proposal.js";
import { draftOf, editDraft } from "./draft-text.js";
import {
  acceptAmendment,
  postComment,
  proposeAmendment,
  rejectAmendment,
  signVersion,
} from "./proposal-actions.js";
import { openProposal, type OpenProposal, type ProposalsView } from "./open-proposal.js";

const DAY = 86_400_000;
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function member(name: string, r: TestRelay): Promise<MemberDevice> {
  const device = memberDevice(name);
  cleanups.push(() => device.close());
  await device.relays.addRelay(r.url);
  await until(
    device.relays.relays,
    (s) => s.relays.some((x) => x.state === "connected"),
    `${name} connects to the relay`,
  );
  const result = await device.identity.create({ name, passphrase: `${name}'s passphrase` });
  if (result.type !== "created") throw new Error(result.problem);
  return device;
}

/** A chapter's proposals (and maybe one proposal) open on `device`, as the proposal screens open them. */
function proposalSession(device: MemberDevice, organisation: OpenOrganisation, chapter: ChapterId, proposal: ProposalId | null): OpenProposal {
  const opened = openProposal(device.space(), device.worker, organisation, chapter, proposal, (e) => device.errors.push(e));
  cleanups.push(() => opened.close());
  return opened.proposals;
}

const detail = (view: ProposalsView): ProposalDetail | undefined =>
  view.proposal?.found === true ? view.proposal.detail : undefined;

/** alice starts an organisation and invites bob; both hold the roster with both. */
async function aliceAndBob() {
  const r = await startRelay();
  cleanups.push(() => r.close());
  const [alice, bob] = [await member("alice", r), await member("bob", r)];
  const aliceSpace = alice.space();
  const { organisation, chapter } = await startOrganisation(aliceSpace, {
    name: "Riverside Tenants",
    place: null,
    admission: { sponsors: 1, countersign: false },
    relays: [r.url],
  });
  const aliceOrg = aliceSpace.organisation(organisation);
  const invite = await createInvite(aliceSpace, aliceOrg, {
    chapter,
    maxUses: 5,
    expires: Date.now() + 7 * DAY,
  });
  const bobOrg = bob.space().organisation(organisation, { focus: chapter, relays: [r.url] });
  await redeemInvite(bob.space(), bobOrg, { chapter, ...invite });
  const bobKey = bob.space().member.key;
  await aliceOrg.until(
    (v) => v.roster.chapters.get(chapter)?.members.has(bobKey) === true,
    "alice sees bob",
    10_000,
  );
  await bobOrg.until(
    (v) => memberGrant(v.roster, chapter, bobKey) !== undefined,
    "bob sees himself admitted",
    10_000,
  );
  return { alice, bob, aliceOrg, bobOrg, chapter };
}

describe("proposals between two devices over a relay", () => {
  it("[P3] alice drafts with bob, signs a version; bob comments and amends; alice accepts it into a new version; both read the same", async () => {
    const { alice, bob, aliceOrg, bobOrg, chapter } = await aliceAndBob();
    const created = await createProposal(alice.space(), aliceOrg, {
      chapter,
      title: "Repaint the stairwell",
      draft: "We repaint.",
    });
    const mine = proposalSession(alice, aliceOrg, chapter, created.proposal);
    const aliceHandle = await until(mine.handle, (h) => h !== undefined, "alice's proposal document opens");
    await mine.until((v) => detail(v)?.stage === "draft", "alice reads her draft proposal", 10_000);

    // bob finds it in the chapter's index, opens it, and both edit the draft live.
    const theirs = proposalSession(bob, bobOrg, chapter, created.proposal);
    const bobHandle = await until(
      theirs.handle,
      (h) => h !== undefined,
      "bob's copy of the proposal document opens",
      15_000,
    );
    await until(
      {
        get: () => draftOf(bobHandle!.doc()),
        subscribe: (f) => (bobHandle!.on("change", f), () => bobHandle!.off("change", f)),
      },
      (t) => t === "We repaint.",
      "bob sees alice's draft",
    );
    editDraft(aliceHandle!, "We repaint the stairwell.");
    editDraft(bobHandle!, "We repaint. In spring.");
    const converged = (h: typeof aliceHandle) => ({
      get: () => draftOf(h!.doc()),
      subscribe: (f: () => void) => (h!.on("change", f), () => h!.off("change", f)),
    });
    const merged = await until(
      converged(aliceHandle),
      (t) => t.includes("stairwell") && t.includes("spring"),
      "alice sees bob's edit merged with hers",
    );
    await until(converged(bobHandle), (t) => t === merged, "bob's draft reads the same");

    const v1 = await signVersion({ space: alice.space(), session: mine }, { text: merged, options: [] });
    const bobSees = await theirs.until((v) => detail(v)?.versions.length === 1, "bob sees version 1", 10_000);
    expect(detail(bobSees)).toMatchObject({
      stage: "deliberation",
      title: "Repaint the stairwell",
      author: alice.space().member.key,
    });
    expect(detail(bobSees)!.versions[0]).toMatchObject({ id: v1, n: 1, text: merged });

    const question = await postComment(
      { space: bob.space(), session: theirs },
      { text: "Which colour?", replyTo: null },
    );
    await mine.until((v) => detail(v)?.comments.length === 1, "alice sees bob's comment", 10_000);
    const answer = await postComment(
      { space: alice.space(), session: mine },
      { text: "Green.", replyTo: question },
    );
    const amendment = await proposeAmendment(
      { space: bob.space(), session: theirs },
      { change: { type: "text", text: `${merged} In green.` }, reason: "Say the colour." },
    );
    await mine.until(
      (v) => detail(v)?.amendments.some((a) => a.id === amendment) === true,
      "alice sees bob's amendment",
      10_000,
    );
    const v2 = await acceptAmendment({ space: alice.space(), session: mine }, amendment);

    const [a, b] = await Promise.all(
      [mine, theirs].map((s) =>
        s.until(
          (v) => detail(v)?.versions.length === 2 && detail(v)!.comments.length === 2,
          "both see version 2 and the reply",
          10_000,
        ),
      ),
    );
    for (const view of [a!, b!]) {
      const d = detail(view)!;
      expect(d.versions.map((v) => [v.id, v.n, v.accepts])).toEqual([
        [v1, 1, []],
        [v2, 2, [amendment]],
      ]);
      expect(d.versions[1]!.text).toBe(`${merged} In green.`);
      expect(d.amendments.map((x) => [x.id, x.state, x.acceptedIn])).toEqual([[amendment, "accepted", v2]]);
      expect(d.comments.map((c) => [c.id, c.replyTo])).toEqual([
        [question, null],
        [answer, question],
      ]);
      expect(d.refused).toEqual([]);
    }
    expect(detail(a!)!.versions.map((v) => v.textHash)).toEqual(detail(b!)!.versions.map((v) => v.textHash));
    // The draft held version 1's text, so it follows the accepted amendment.
    expect(draftOf(aliceHandle!.doc())).toBe(`${merged} In green.`);
    expect([...alice.errors, ...bob.errors]).toEqual([]);
  });

  it("[P6.2] the author rejects an amendment adding an option; its state is rejected on both devices, and the chapter's index notes the stage", async () => {
    const { alice, bob, aliceOrg, bobOrg, chapter } = await aliceAndBob();
    const created = await createProposal(alice.space(), aliceOrg, {
      chapter,
      title: "Choose a day",
      draft: "Which day do we meet?",
    });
    const mine = proposalSession(alice, aliceOrg, chapter, created.proposal);
    await mine.until((v) => detail(v) !== undefined, "alice reads her proposal", 10_000);
    await signVersion(
      { space: alice.space(), session: mine },
      {
        text: "Which day do we meet?",
        options: [
          { id: "monday", label: "Monday" },
          { id: "friday", label: "Friday" },
        ],
      },
    );
    const theirs = proposalSession(bob, bobOrg, chapter, created.proposal);
    await theirs.until((v) => detail(v)?.versions.length === 1, "bob sees the version", 15_000);
    await expect(
      proposeAmendment(
        { space: bob.space(), session: theirs },
        { change: { type: "option", option: { id: "friday", label: "Friday" } }, reason: "" },
      ),
    ).rejects.toThrow(/already has an option "friday"/);
    const sunday = await proposeAmendment(
      { space: bob.space(), session: theirs },
      {
        change: { type: "option", option: { id: "sunday", label: "Sunday" } },
        reason: "Weekends suit more of us.",
      },
    );
    await mine.until((v) => detail(v)?.amendments.length === 1, "alice sees the amendment", 10_000);
    await rejectAmendment({ space: alice.space(), session: mine }, sunday, "The hall is closed on Sundays.");
    const seen = await theirs.until(
      (v) => detail(v)?.amendments[0]?.state === "rejected",
      "bob sees the rejection",
      10_000,
    );
    expect(detail(seen)!.amendments[0]!.rejection).toMatchObject({
      reason: "The hall is closed on Sundays.",
      signer: alice.space().member.key,
    });

    // The chapter page's index, from the Chapter document alone, shows the stage alice's page noted.
    const index = proposalSession(bob, bobOrg, chapter, null);
    const listed = await index.until(
      (v) => v.index[0]?.stage === "deliberation",
      "bob's index shows the proposal in deliberation",
      10_000,
    );
    expect(listed.index.map((e) => [e.id, e.title, e.author])).toEqual([
      [created.proposal, "Choose a day", alice.space().member.key],
    ]);
    expect(listed.proposal).toBeNull();
  });

  it("[D9] a version a vandal deleted from the Proposal document is written back, and the page keeps showing it", async () => {
    const { alice, aliceOrg, chapter } = await aliceAndBob();
    const created = await createProposal(alice.space(), aliceOrg, {
      chapter,
      title: "Bike racks",
      draft: "Two racks by the door.",
    });
    const mine = proposalSession(alice, aliceOrg, chapter, created.proposal);
    const handle = await until(mine.handle, (h) => h !== undefined, "the proposal document opens");
    await mine.until((v) => detail(v) !== undefined, "alice reads her proposal", 10_000);
    const version = await signVersion(
      { space: alice.space(), session: mine },
      { text: "Two racks by the door.", options: [] },
    );
    handle!.change((doc) => {
      delete (doc.versions as Record<string, unknown>)[version];
    });
    const restored = {
      get: () => (handle!.doc().versions as Record<string, unknown>)[version],
      subscribe: (f: () => void) => (handle!.on("change", f), () => handle!.off("change", f)),
    };
    await until(restored, (value) => value !== undefined, "the version is written back");
    const view = await mine.refresh();
    expect(detail(view)!.versions.map((v) => v.id)).toEqual([version]);
  });

  it("[P3.1] a version signed by a member who is neither the author nor a facilitator is refused, and nobody's page counts it", async () => {
    const { alice, bob, aliceOrg, bobOrg, chapter } = await aliceAndBob();
    const created = await createProposal(alice.space(), aliceOrg, {
      chapter,
      title: "Bike racks",
      draft: "Two racks by the door.",
    });
    const theirs = proposalSession(bob, bobOrg, chapter, created.proposal);
    await theirs.until((v) => detail(v) !== undefined, "bob reads the proposal", 15_000);
    await expect(
      signVersion({ space: bob.space(), session: theirs }, { text: "Ten racks.", options: [] }),
    ).rejects.toThrow(/Only the proposal's author or a facilitator/);
    // bob signs one anyway, past the screen's check, and writes it into the document.
    const grant = memberGrant(bobOrg.view.get().roster, chapter, bob.space().member.key)!;
    const forged = await bob
      .space()
      .sign("version", { proposal: created.proposal, n: 1, text: "Ten racks.", options: [], accepts: [] }, [
        created.proposal,
        grant,
      ]);
    await bob.documents.write(created.document, "versions", [forged]);
    const mine = proposalSession(alice, aliceOrg, chapter, created.proposal);
    const view = await mine.until(
      (v) => detail(v)?.refused.length === 1,
      "alice's page refuses bob's version",
      15_000,
    );
    expect(detail(view)!.versions).toEqual([]);
    expect(detail(view)!.stage).toBe("draft");
    expect(detail(view)!.refused[0]).toMatchObject({
      id: forged.id,
      kind: "version",
      status: "ineligible-signer",
    });
    expect(detail(view)!.refused[0]!.detail).toMatch(/^\[P3\.1\]/);
  });
});
