import { toBase64url } from "@chapterhouse/crdt/encoding";
import { identityFromPhrase } from "@chapterhouse/crdt/identity";
import { rosterToCanonical } from "@chapterhouse/crdt/membership";
import { keyFingerprint } from "@chapterhouse/crdt/profiles";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { afterEach, describe, expect, it } from "vitest";
import { memberDevice, type MemberDevice } from "../../../test/helpers/member-device.js";
import { startRelay, type TestRelay } from "../../../test/helpers/start-relay.js";
import { until } from "../../../test/helpers/until.js";
import { waitFor } from "../../../test/helpers/wait-for.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { homeDocumentUrl } from "./home-document.js";
import { createInvite } from "./create-invite.js";
import { foundChapter } from "./found-chapter.js";
import { parseInviteLink, formatInviteLink } from "./invite-link.js";
import { InviteRefused, redeemInvite } from "./redeem-invite.js";
import { startOrganisation } from "./start-organisation.js";

const DAY = 86_400_000;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function relay(): Promise<TestRelay> {
  const r = await startRelay();
  cleanups.push(() => r.close());
  return r;
}

/** A device connected to `r`, with an identity (created, or restored from `phrase`). */
async function member(name: string, r: TestRelay, phrase?: string): Promise<{ device: MemberDevice; phrase: string }> {
  const device = memberDevice(name);
  cleanups.push(() => device.close());
  await device.relays.addRelay(r.url);
  await until(device.relays.relays, (s) => s.relays.some((x) => x.state === "connected"), `${name} connects to the relay`);
  const result = await device.identity.create({ name, passphrase: `${name}'s passphrase`, ...(phrase === undefined ? {} : { phrase }) });
  if (result.type !== "created") throw new Error(result.problem);
  return { device, phrase: result.phrase };
}

/** Redeems `link` on `device`, as the join screen does. */
async function join(device: MemberDevice, link: string): Promise<ChapterId> {
  const invite = parseInviteLink(link);
  const space = device.space();
  const session = space.organisation(invite.organisation, { focus: invite.chapter, relays: invite.relay === undefined ? [] : [invite.relay] });
  await redeemInvite(space, session, invite);
  return invite.chapter;
}

describe("organisations, chapters and invites between two devices over a relay", () => {
  it("[M7.3] bob joins alice's organisation from her invite link, then her neighbourhood; both devices fold the same roster", async () => {
    const r = await relay();
    const { device: alice } = await member("alice", r);
    const { device: bob } = await member("bob", r);
    const aliceSpace = alice.space();
    const { organisation, chapter: international } = await startOrganisation(aliceSpace, {
      name: "Riverside Tenants",
      place: null,
      admission: { sponsors: 1, countersign: false },
      relays: [r.url],
    });
    const aliceOrg = aliceSpace.organisation(organisation);
    const invite = await createInvite(aliceSpace, aliceOrg, { chapter: international, maxUses: 5, expires: Date.now() + 7 * DAY });
    const link = formatInviteLink("http://app.test/app/", { organisation, chapter: international, invite: invite.invite, token: invite.token, relay: r.url });

    await join(bob, link);
    const bobKey = bob.space().member.key;
    await aliceOrg.until((v) => v.roster.chapters.get(international)?.members.has(bobKey) === true, "alice sees bob", 10_000);

    const neighbourhood = await foundChapter(aliceSpace, aliceOrg, {
      parent: international,
      name: "Old Quay",
      level: "neighbourhood",
      place: { lat: 51_507_400, lon: -127_800 },
      admission: { sponsors: 1, countersign: false },
    });
    const second = await createInvite(aliceSpace, aliceOrg, { chapter: neighbourhood, maxUses: 1, expires: Date.now() + DAY });
    await join(bob, formatInviteLink("http://app.test/app/", { organisation, chapter: neighbourhood, invite: second.invite, token: second.token, relay: r.url }));

    const bobOrg = bob.space().organisation(organisation);
    const aliceView = await aliceOrg.until((v) => v.roster.chapters.get(neighbourhood)?.members.has(bobKey) === true, "alice sees bob in the neighbourhood", 10_000);
    const bobView = await bobOrg.refresh();
    expect(rosterToCanonical(bobView.roster)).toBe(rosterToCanonical(aliceView.roster));
    expect([...aliceView.roster.chapters.get(neighbourhood)!.members.keys()].sort()).toEqual([aliceSpace.member.key, bobKey].sort());
    expect(bob.space().homeView.get().entries.chapters.map((c) => c.chapter).sort()).toEqual([international, neighbourhood].sort());
    expect([...alice.errors, ...bob.errors]).toEqual([]);
  });

  it("[M7.4] a used-up invite is refused with a sentence that says so, and admits nobody", async () => {
    const r = await relay();
    const { device: alice } = await member("alice", r);
    const { device: bob } = await member("bob", r);
    const { device: carol } = await member("carol", r);
    const space = alice.space();
    const { organisation, chapter } = await startOrganisation(space, { name: "Co-op", place: null, admission: { sponsors: 1, countersign: false }, relays: [r.url] });
    const invite = await createInvite(space, space.organisation(organisation), { chapter, maxUses: 1, expires: Date.now() + DAY });
    const link = formatInviteLink("http://app.test/", { organisation, chapter, invite: invite.invite, token: invite.token, relay: r.url });
    await join(bob, link);
    const carolSession = carol.space().organisation(organisation, { focus: chapter, relays: [r.url] });
    await carolSession.until((v) => (v.roster.chapters.get(chapter)?.invites[0]?.uses ?? 0) === 1, "carol sees the invite used", 10_000);
    await expect(join(carol, link)).rejects.toThrow(InviteRefused);
    await expect(join(carol, link)).rejects.toMatchObject({ code: "used-up" });
    expect(carolSession.view.get().roster.chapters.get(chapter)!.members.has(carol.space().member.key)).toBe(false);
  });

  it("[M7.3] a newcomer who knows nothing of the organisation joins, from its invite link, a chapter three levels down", async () => {
    const r = await relay();
    const { device: alice } = await member("alice", r);
    const { device: bob } = await member("bob", r);
    const space = alice.space();
    const admission = { sponsors: 1, countersign: false };
    const { organisation, chapter: france } = await startOrganisation(space, { name: "France", place: null, admission, relays: [r.url] });
    const session = space.organisation(organisation);
    const paris = await foundChapter(space, session, { parent: france, name: "Paris", level: "city", place: null, admission });
    const belleville = await foundChapter(space, session, { parent: paris, name: "Belleville", level: "neighbourhood", place: null, admission });
    const invite = await createInvite(space, session, { chapter: belleville, maxUses: 1, expires: Date.now() + DAY });

    await join(bob, formatInviteLink("http://app.test/", { organisation, chapter: belleville, ...invite, relay: r.url }));
    const bobKey = bob.space().member.key;
    const bobView = await bob.space().organisation(organisation).refresh();
    expect(bobView.root).toBe(france);
    expect(bobView.roster.chapters.get(belleville)!.members.has(bobKey)).toBe(true);
    expect(bob.space().homeView.get().entries.organisations).toMatchObject([{ organisation, root: france, name: "France" }]);
    await session.until((v) => v.roster.chapters.get(belleville)?.members.has(bobKey) === true, "alice sees bob in Belleville", 10_000);
    expect([...alice.errors, ...bob.errors]).toEqual([]);
  });

  it("[M7.2] a link whose secret is not its invite's is refused as not valid, and an expired invite as expired, without waiting", async () => {
    const r = await relay();
    const { device: alice } = await member("alice", r);
    const { device: bob } = await member("bob", r);
    const space = alice.space();
    const { organisation, chapter } = await startOrganisation(space, { name: "Co-op", place: null, admission: { sponsors: 1, countersign: false }, relays: [r.url] });
    const session = space.organisation(organisation);
    const open = await createInvite(space, session, { chapter, maxUses: 5, expires: Date.now() + DAY });
    const expired = await createInvite(space, session, { chapter, maxUses: 5, expires: Date.now() - DAY });
    const link = (invite: { invite: RecordId; token: Uint8Array }) => formatInviteLink("http://app.test/", { organisation, chapter, ...invite, relay: r.url });

    // The same length as a real secret, so the link reads; only the invite can tell it is wrong.
    const wrongSecret = link({ invite: open.invite, token: open.token.map((byte) => byte ^ 1) });
    // Refused as soon as the invite is here: "not reached this device" is said only after the wait.
    await expect(join(bob, wrongSecret)).rejects.toMatchObject({ code: "secret-mismatch" });
    await expect(join(bob, link(expired))).rejects.toMatchObject({ code: "expired" });
    const view = await bob.space().organisation(organisation).refresh();
    expect(view.roster.chapters.get(chapter)!.members.has(bob.space().member.key)).toBe(false);
    expect(view.roster.chapters.get(chapter)!.invites.map((i) => i.uses)).toEqual([0, 0]);
  });

  it("[PF3.3] [PF7] members see the names in each other's profiles; two who chose the same name are told apart by their key fingerprints", async () => {
    const r = await relay();
    const { device: alice } = await member("alice", r);
    const { device: bob, phrase: bobPhrase } = await member("bob", r);
    const { device: twin } = await member("alice", r);
    const space = alice.space();
    const { organisation, chapter } = await startOrganisation(space, { name: "Co-op", place: null, admission: { sponsors: 1, countersign: false }, relays: [r.url] });
    const invite = await createInvite(space, space.organisation(organisation), { chapter, maxUses: 5, expires: Date.now() + DAY });
    const link = formatInviteLink("http://app.test/", { organisation, chapter, ...invite, relay: r.url });
    await join(bob, link);
    await join(twin, link);
    const [aliceKey, bobKey, twinKey] = [alice.space().member.key, bob.space().member.key, twin.space().member.key];
    const words = (key: MemberKey) => keyFingerprint(key).slice(0, 2).join(" ");
    const bobView = await bob.space().organisation(organisation).until((v) => v.names.size === 3, "bob reads three names", 15_000);
    expect(bobView.names.get(bobKey)).toBe("bob");
    expect(bobView.names.get(aliceKey)).toBe(`alice (${words(aliceKey)})`);
    expect(bobView.names.get(twinKey)).toBe(`alice (${words(twinKey)})`);
    // Each profile publishes its member's box key (PF1.3), and each chapter document holds a copy of it (PF3.2).
    expect(bobView.profiles.members.get(bobKey)?.current?.box).toBe(toBase64url(identityFromPhrase(bobPhrase).boxKeyPair.publicKey));
    // Every member's copy, the twin's too, before counting them: bob's name alone may come first.
    const aliceView = await space.organisation(organisation).until((v) => v.names.get(bobKey) === "bob" && v.names.size === 3, "alice reads bob's name and all three", 15_000);
    const copies = [...(aliceView.profileCopies.get(chapter) ?? [])].sort();
    expect(copies).toHaveLength(3);
    expect([...aliceView.profiles.members.values()].map((m) => m.current?.id).sort()).toEqual(copies);
    expect([...alice.errors, ...bob.errors, ...twin.errors]).toEqual([]);
  });

  it("[K3.6] restoring alice from her phrase on a new device gives the same key and, through the relay, her chapters", async () => {
    const r = await relay();
    const { device: alice, phrase } = await member("alice", r);
    const space = alice.space();
    const { organisation, chapter } = await startOrganisation(space, { name: "Riverside", place: null, admission: { sponsors: 0, countersign: false }, relays: [r.url] });
    const original = await space.organisation(organisation).refresh();
    // The relay must hold everything before the first device goes away.
    await until(space.homeView, (v) => v.entries.chapters.length === 1, "home written");
    const home = documentIdOf(homeDocumentUrl(space.member.homeDocument));
    await waitFor(() => Object.keys((r.documentValue(home)?.["chapters"] as object | undefined) ?? {}).length === 1, "the relay holds alice's Home");
    await waitFor(() => Object.keys((r.documentValue(documentIdOf(original.roster.chapters.get(chapter)!.document))?.["governance"] as object | undefined) ?? {}).length === 1, "the relay holds the chapter");
    await alice.close();

    const { device: restored } = await member("alice (restored)", r, phrase);
    const again = restored.space();
    expect(again.member.key).toBe(space.member.key);
    const entries = await until(again.homeView, (v) => v.entries.organisations.length === 1 && v.entries.chapters.length === 1, "the Home entries arrive from the relay");
    expect(entries.entries.organisations[0]).toMatchObject({ organisation, root: chapter, name: "Riverside" });
    const view = await again.organisation(organisation).until((v) => v.waiting === 0 && v.roster.chapters.get(chapter)?.roles.length === 1, "the roster arrives", 10_000);
    expect(rosterToCanonical(view.roster)).toBe(rosterToCanonical(original.roster));
  });

  it("[D9] a governance record a vandal deleted from the Chapter document is written back, and the roster keeps it", async () => {
    const r = await relay();
    const { device: alice } = await member("alice", r);
    const space = alice.space();
    const { organisation, chapter } = await startOrganisation(space, { name: "Riverside", place: null, admission: { sponsors: 0, countersign: false }, relays: [r.url] });
    const session = space.organisation(organisation);
    const before = await session.refresh();
    const role = before.roster.chapters.get(chapter)!.roles[0]!.grant;
    const handle = await space.repo.find<{ governance: Record<string, unknown> }>(before.roster.chapters.get(chapter)!.document as never);
    handle.change((doc) => {
      delete doc.governance[role];
    });
    await waitFor(() => handle.doc().governance[role] !== undefined, "the role record is written back");
    const after = await session.refresh();
    expect(after.roster.chapters.get(chapter)!.roles.map((x) => x.grant)).toEqual([role]);
  });
});
