import type { ChapterId, MemberKey, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import { decisionDraft } from "@chapterhouse/crdt/votes";
import { afterEach, describe, expect, it } from "vitest";
import { memberOnRelay, type MemberDevice } from "../../../test/helpers/member-device.js";
import { refusal } from "../../../test/helpers/refusal.js";
import { startRelay, type TestRelay } from "../../../test/helpers/start-relay.js";
import { createInvite } from "../organisation/create-invite.js";
import { formatInviteLink, parseInviteLink } from "../organisation/invite-link.js";
import type { OpenOrganisation } from "../organisation/open-organisation.js";
import { redeemInvite } from "../organisation/redeem-invite.js";
import { startOrganisation } from "../organisation/start-organisation.js";
import { changeRole } from "./appoint-role.js";
import { RoleProblem } from "./role-problem.js";

const DAY = 86_400_000;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function member(name: string, relay: TestRelay): Promise<MemberDevice> {
  const device = await memberOnRelay(name, relay.url);
  cleanups.push(() => device.close());
  return device;
}

/** The code of the refusal `action` ends in. */
const refused = async (action: Promise<unknown>): Promise<string> => (await refusal(action, RoleProblem)).code;

/** Whether `key` holds `role` in `chapter` in a view of the organisation. */
const holds = (chapter: ChapterId, key: MemberKey, role: string) => (view: Awaited<ReturnType<OpenOrganisation["refresh"]>>) =>
  view.roster.chapters.get(chapter)?.roles.some((entry) => entry.key === key && entry.role === role) === true;

describe("appointing and ending roles (M9)", () => {
  it("[M9.2] a founder appoints without a decision; a facilitator only by a decision the chapter holds; a member with neither is refused", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const alice = await member("alice", relay);
    const bob = await member("bob", relay);
    const aliceSpace = alice.space();
    const { organisation, chapter } = await startOrganisation(aliceSpace, { name: "Riverside Tenants", place: null, admission: { sponsors: 1, countersign: false }, relays: [relay.url] });
    const aliceOrg = aliceSpace.organisation(organisation);
    const invite = await createInvite(aliceSpace, aliceOrg, { chapter, maxUses: 1, expires: Date.now() + DAY });
    const link = parseInviteLink(formatInviteLink("http://app.test/", { organisation, chapter, invite: invite.invite, token: invite.token, relay: relay.url }));
    const bobSpace = bob.space();
    const bobOrg = bobSpace.organisation(organisation, { focus: chapter, relays: [relay.url] });
    await redeemInvite(bobSpace, bobOrg, link);
    const bobKey = bobSpace.member.key;
    const aliceKey = aliceSpace.member.key;
    await aliceOrg.until((view) => view.roster.chapters.get(chapter)?.members.has(bobKey) === true, "alice sees bob join", 10_000);

    // Bob, a member with no role, may appoint no one.
    expect(await refused(changeRole(bobSpace, bobOrg, { chapter, member: bobKey, role: "moderator", decision: null }, true))).toBe("no-authority");

    // Alice founded the chapter: she appoints bob facilitator with no decision (M9.2).
    await changeRole(aliceSpace, aliceOrg, { chapter, member: bobKey, role: "facilitator", decision: null }, true);
    await bobOrg.until(holds(chapter, bobKey, "facilitator"), "bob sees himself facilitator", 10_000);
    expect(await refused(changeRole(aliceSpace, aliceOrg, { chapter, member: bobKey, role: "facilitator", decision: null }, true))).toBe("holds-already");

    // Bob is a facilitator but no founder: without a decision he is refused before signing.
    expect(await refused(changeRole(bobSpace, bobOrg, { chapter, member: aliceKey, role: "moderator", decision: null }, true))).toBe("needs-decision");

    // A decision record the chapter's log holds (the fold asks only that it is held, M9.1).
    const view = await bobOrg.refresh();
    const decision = await aliceSpace.signDraft(
      decisionDraft({ chapter, proposal: `${"p".repeat(42)}A` as ProposalId, open: `${"o".repeat(42)}A` as RecordId, close: `${"c".repeat(42)}A` as RecordId, result: { rule: "majority" } }),
    );
    await aliceSpace.documents.write(view.roster.chapters.get(chapter)!.document, "decisions", [decision]);
    await changeRole(bobSpace, bobOrg, { chapter, member: aliceKey, role: "moderator", decision: decision.id }, true);
    await aliceOrg.until(holds(chapter, aliceKey, "moderator"), "alice sees herself moderator, by bob's appointment citing the decision", 10_000);

    // Ending: alice, a founder, ends bob's facilitator role; it is gone on both devices.
    await changeRole(aliceSpace, aliceOrg, { chapter, member: bobKey, role: "facilitator", decision: null }, false);
    await bobOrg.until((v) => !holds(chapter, bobKey, "facilitator")(v), "bob no longer facilitator", 10_000);
    expect(await refused(changeRole(aliceSpace, aliceOrg, { chapter, member: bobKey, role: "facilitator", decision: null }, false))).toBe("not-held");
    const final = await aliceOrg.refresh();
    expect(final.fold?.rejections.filter((r) => r.reason !== "missing-deps")).toEqual([]);
  });
});
