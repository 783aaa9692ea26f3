import { judgeDues, type DuesStatus } from "@chapterhouse/crdt/dues";
import { CausalRosters } from "@chapterhouse/crdt/proposals";
import { isParsed, parseRecord, type MemberKey, type ParsedRecord, type ProposalId, type RecordId } from "@chapterhouse/crdt/records";
import { decisionDraft } from "@chapterhouse/crdt/votes";
import { afterEach, describe, expect, it } from "vitest";
import { memberOnRelay, type MemberDevice } from "../../../test/helpers/member-device.js";
import { heldRecords } from "../../../test/helpers/held-records.js";
import { refusal } from "../../../test/helpers/refusal.js";
import { startRelay, type TestRelay } from "../../../test/helpers/start-relay.js";
import { createInvite } from "../organisation/create-invite.js";
import { formatInviteLink, parseInviteLink } from "../organisation/invite-link.js";
import { redeemInvite } from "../organisation/redeem-invite.js";
import { startOrganisation } from "../organisation/start-organisation.js";
import { changeRole } from "../roles/appoint-role.js";
import { recordEntry, setDues } from "./dues-actions.js";
import { DuesProblem } from "./dues-problem.js";

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
const refused = async (action: Promise<unknown>): Promise<string> => (await refusal(action, DuesProblem)).code;

describe("signing dues records in the app (PROTOCOL.md DU)", () => {
  it("[DU4.3] [DU4.5] only the treasurer records entries and only for members; what the treasurer signs cites what the rules ask, so every device judges it valid", async () => {
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
    await aliceOrg.until((view) => view.roster.chapters.get(chapter)?.members.has(bobKey) === true, "alice sees bob join", 10_000);
    const payment = (member: MemberKey) => ({ chapter, entry: "payment", amount: 1000, currency: "EUR", corrects: null, note: "", member, until: "2030-12-31" }) as const;

    // Bob holds no treasurer role: refused before anything is signed.
    expect(await refused(recordEntry(bobSpace, bobOrg, payment(bobKey)))).toBe("not-treasurer");
    const decision = await aliceSpace.signDraft(
      decisionDraft({ chapter, proposal: `${"p".repeat(42)}A` as ProposalId, open: `${"o".repeat(42)}A` as RecordId, close: `${"c".repeat(42)}A` as RecordId, result: { rule: "majority" } }),
    );
    const document = (await aliceOrg.refresh()).roster.chapters.get(chapter)!.document;
    await aliceSpace.documents.write(document, "decisions", [decision]);
    const fields = { chapter, decision: decision.id, currency: "EUR", period: "month", amount: 1000, scale: [500, 1000], passUp: [] } as const;
    expect(await refused(setDues(bobSpace, bobOrg, fields, null))).toBe("not-treasurer");

    // Alice, a founder, makes herself treasurer (M9.2); she sets the dues and records bob's payment.
    await changeRole(aliceSpace, aliceOrg, { chapter, member: aliceSpace.member.key, role: "treasurer", decision: null }, true);
    const setting = await setDues(aliceSpace, aliceOrg, fields, null);
    const paid = await recordEntry(aliceSpace, aliceOrg, payment(bobKey));
    const spent = await recordEntry(aliceSpace, aliceOrg, { chapter, entry: "disbursement", amount: 400, currency: "EUR", corrects: null, note: "", decision: decision.id, payee: "Print shop" });
    // A key that is no member's is refused before signing (DU4.5).
    expect(await refused(recordEntry(aliceSpace, aliceOrg, payment(`${"k".repeat(42)}A` as MemberKey)))).toBe("not-member");

    const view = await aliceOrg.refresh();
    // What the chapter's document holds in `dues`, as any device reads it.
    const dues = (aliceSpace.documents.handle(document)!.doc() as { dues: Record<string, { val: string } | string> }).dues;
    const records = Object.values(dues).map((value) => parseRecord(typeof value === "string" ? value : value.val)).filter(isParsed);
    const held = new Map<RecordId, ParsedRecord>([...heldRecords(aliceSpace, view), decision, ...records].map((record) => [record.id, record]));
    const judged = judgeDues({ chapter, held, rosters: new CausalRosters(held) }, records);
    const statuses = Object.fromEntries([...judged.settings, ...judged.entries].map((entry) => [entry.record.id, entry.status]));
    expect(statuses).toEqual({ [setting]: "valid", [paid]: "valid", [spent]: "valid" } satisfies Record<string, DuesStatus>);
  });
});
