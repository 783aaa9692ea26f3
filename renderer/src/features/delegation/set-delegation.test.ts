import type { MemberKey } from "@chapterhouse/crdt/records";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { afterEach, describe, expect, it } from "vitest";
import { memberOnRelay, type MemberDevice } from "../../../test/helpers/member-device.js";
import { refusal } from "../../../test/helpers/refusal.js";
import { startRelay, type TestRelay } from "../../../test/helpers/start-relay.js";
import { createInvite } from "../organisation/create-invite.js";
import { formatInviteLink, parseInviteLink } from "../organisation/invite-link.js";
import { redeemInvite } from "../organisation/redeem-invite.js";
import { startOrganisation } from "../organisation/start-organisation.js";
import { proposalWithVersion } from "../votes/test-helpers/proposal-with-version.js";
import { chapterDelegations, chosenByScope, scopeDelegations } from "./chapter-delegations.js";
import { DelegationProblem } from "./delegation-problem.js";
import { setDelegation } from "./set-delegation.js";
import { delegationsQuery } from "./use-delegation-entries.js";

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
const refused = async (action: Promise<unknown>): Promise<string> => (await refusal(action, DelegationProblem)).code;

describe("setting and revoking a delegation (DG1.1)", () => {
  it("[DG1.1] [DG2.5] [DG3] a member chooses who votes for them in a chapter, the delegate sees it, and revoking writes a later record saying no one does; choices for a topic or one proposal are scopes of their own, each shown with the votes it is for", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const alice = await member("alice", relay);
    const bob = await member("bob", relay);
    const aliceSpace = alice.space();
    const { organisation, chapter } = await startOrganisation(aliceSpace, {
      name: "Riverside Tenants",
      place: null,
      admission: { sponsors: 1, countersign: false },
      relays: [relay.url],
    });
    const aliceOrg = aliceSpace.organisation(organisation);
    const invite = await createInvite(aliceSpace, aliceOrg, {
      chapter,
      maxUses: 1,
      expires: Date.now() + DAY,
    });
    const link = parseInviteLink(
      formatInviteLink("http://app.test/", {
        organisation,
        chapter,
        invite: invite.invite,
        token: invite.token,
        relay: relay.url,
      }),
    );
    const bobSpace = bob.space();
    const bobOrg = bobSpace.organisation(organisation, { focus: chapter, relays: [relay.url] });
    await redeemInvite(bobSpace, bobOrg, link);
    const aliceKey = aliceSpace.member.key;
    const bobKey = bobSpace.member.key;
    await aliceOrg.until(
      (view) => view.roster.chapters.get(chapter)?.members.has(bobKey) === true,
      "alice sees bob join",
      10_000,
    );
    const document = (await bobOrg.refresh()).roster.chapters.get(chapter)!.document;

    // Bad choices are refused before anything is signed.
    expect(await refused(setDelegation(bobSpace, bobOrg, { chapter, to: bobKey, lastSeq: 0 }))).toBe("self");
    expect(
      await refused(
        setDelegation(bobSpace, bobOrg, { chapter, to: `${"z".repeat(42)}A` as MemberKey, lastSeq: 0 }),
      ),
    ).toBe("delegate-not-member");

    // Bob chooses alice; alice's device sees that bob chose her.
    await setDelegation(bobSpace, bobOrg, { chapter, to: aliceKey, lastSeq: 0 });
    const seen = await alice.documents
      .query(delegationsQuery(alice.worker, documentUrlOf(organisation), document))
      .until(
        (s) => chapterDelegations(s.value?.entries ?? [], chapter, aliceKey, Date.now()).chosenBy.includes(bobKey),
        "alice sees bob chose her",
        10_000,
      );
    expect(chapterDelegations(seen.value!.entries, chapter, bobKey, Date.now())).toEqual({
      mine: aliceKey,
      lastSeq: 1,
      chosenBy: [],
    });

    // Bob revokes: a record with the next seq and no one; alice is no longer chosen.
    await setDelegation(bobSpace, bobOrg, { chapter, to: null, lastSeq: 1 });
    const revoked = await alice.documents
      .query(delegationsQuery(alice.worker, documentUrlOf(organisation), document))
      .until(
        (s) => chapterDelegations(s.value?.entries ?? [], chapter, bobKey, Date.now()).lastSeq === 2,
        "alice sees bob's revocation",
        10_000,
      );
    expect(chapterDelegations(revoked.value!.entries, chapter, bobKey, Date.now())).toEqual({
      mine: null,
      lastSeq: 2,
      chosenBy: [],
    });
    expect(chapterDelegations(revoked.value!.entries, chapter, aliceKey, Date.now()).chosenBy).toEqual([]);

    // [DG1.1] [DG3] Bob chooses alice for a topic and for one proposal only: separate scopes, each
    // with its own seq; alice sees for which votes; the chapter scope stays revoked. An empty topic is refused.
    const proposal = (await proposalWithVersion(aliceSpace, aliceOrg, chapter, { title: "Fix the roof", text: "We fix the roof.", options: [] })).proposal;
    expect(await refused(setDelegation(bobSpace, bobOrg, { chapter, scope: { chapter, topic: "" }, to: aliceKey, lastSeq: 0 }))).toBe("topic");
    await setDelegation(bobSpace, bobOrg, { chapter, scope: { chapter, topic: "housing" }, to: aliceKey, lastSeq: 0 });
    await setDelegation(bobSpace, bobOrg, { chapter, scope: { proposal }, to: aliceKey, lastSeq: 0 });
    const scoped = await alice.documents
      .query(delegationsQuery(alice.worker, documentUrlOf(organisation), document))
      .until((s) => chosenByScope(s.value?.entries ?? [], aliceKey, Date.now()).length === 2 && (s.value?.proposals.length ?? 0) === 1, "alice sees both scoped choices and the proposal", 10_000);
    expect(chosenByScope(scoped.value!.entries, aliceKey, Date.now()).map((c) => c.scope)).toEqual(expect.arrayContaining([{ chapter, topic: "housing" }, { proposal }]));
    expect(scoped.value!.proposals).toEqual([{ id: proposal, title: "Fix the roof" }]);
    expect(scopeDelegations(scoped.value!.entries, { chapter, topic: "housing" }, bobKey, Date.now())).toEqual({ mine: aliceKey, lastSeq: 1, chosenBy: [] });
    expect(chapterDelegations(scoped.value!.entries, chapter, bobKey, Date.now()).mine).toBeNull();
  });
});
