import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { messageDraft } from "../chat/chat-records.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { threadGenesis, threadPageUrl } from "../chat/thread-page-document.js";
import { acceptAll, readSnapshot } from "../chokepoint/read-document.js";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { CURRENTS_DOCUMENT } from "../documents/currents.js";
import { THREAD_DOCUMENT, type ThreadDoc } from "../documents/thread.js";
import { addRecord } from "../documents/record-map.js";
import { canonicalize } from "../records/canonical.js";
import { hashText } from "../encoding/hash.js";
import type { ProposalId, RecordId } from "../records/ids.js";
import { recordIdOf, signRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import type { Verifier } from "../verify/verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import { decisionDraft } from "../votes/vote-records.js";
import { currentDraft, currentMembershipDraft } from "./current-records.js";
import { currentsDocumentUrl } from "./currents-document.js";
import { readCurrent, readCurrents } from "./read-currents.js";
import { currentsDocument, currentsOrganisation } from "./test-helpers/currents-organisation.js";
import { currentsVectorRecords } from "./test-helpers/currents-vector-records.js";

let s: ChatScenario;
let verifier: Verifier;
beforeAll(async () => {
  s = await chatScenario();
  verifier = await createVerifier();
});

/** Alice's current, joined by bob (North) and dave (Riverside). */
async function commonGround() {
  const common = await s.sign("alice", currentDraft({ root: s.root, name: "Common ground", statement: "Share the dues." }, [s.grants.aliceRoot]), 10);
  const bob = await s.sign("bob", currentMembershipDraft("current-join", { root: s.root, current: common.id }, [s.grants.bob]), 11);
  const dave = await s.sign("dave", currentMembershipDraft("current-join", { root: s.root, current: common.id }, [s.grants.dave]), 12);
  return { common, joins: [bob, dave] };
}

const membersOf = (read: Awaited<ReturnType<typeof readCurrents>>) => read.currents.map((current) => [current.name, current.members.map((member) => member.key).sort()]);

describe("currents (CU)", () => {
  it("[CU1.1] the Currents document is found from the organisation's root alone, apart for every organisation", () => {
    expect(currentsDocumentUrl(s.root)).toBe(currentsDocumentUrl(s.root));
    expect(currentsDocumentUrl(s.root)).not.toBe(currentsDocumentUrl(s.north));
    expect(currentsDocumentUrl(s.root)).toMatch(/^automerge:[1-9A-HJ-NP-Za-km-z]+$/);
    expect(() => currentsDocumentUrl("short" as never)).toThrow(TypeError);
  });

  it("[CU3] [CU4] [CU7] members of different chapters found and join a current; each is listed with the chapters of their grants", async () => {
    const { common, joins } = await commonGround();
    const read = await readCurrents(currentsOrganisation(s), s.root, currentsDocument(s, [common, ...joins]), verifier, new VerifiedCache());
    expect(read.currents).toEqual([
      expect.objectContaining({ id: common.id, name: "Common ground", founder: s.key("alice"), statement: "Share the dues.", hidden: null }),
    ]);
    expect(read.currents[0]!.members).toEqual(
      [
        { key: s.key("alice"), chapters: [s.root, s.north].sort() },
        { key: s.key("bob"), chapters: [s.north] },
        { key: s.key("dave"), chapters: [s.root] },
      ].sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
  });

  it("[CU4] a forged join (erin's join under bob's key) is refused for its signature and never lists bob", async () => {
    const { common } = await commonGround();
    const genuine = await s.sign("erin", currentMembershipDraft("current-join", { root: s.root, current: common.id }, [s.grants.bob]), 13);
    const text = canonicalize({ ...genuine.envelope, signer: s.key("bob") });
    const forged = { id: recordIdOf(text), text };
    const currents = currentsDocument(s, [common]);
    const tampered = { ...currents, snapshot: { ...currents.snapshot, maps: currents.snapshot.maps.map((map) => (map.map === "members" ? { ...map, candidates: [...map.candidates, { key: forged.id, text: forged.text }] } : map)) } };
    const read = await readCurrents(currentsOrganisation(s), s.root, tampered, verifier, new VerifiedCache());
    expect(membersOf(read)).toEqual([["Common ground", [s.key("alice")]]]);
    const checked = await readSnapshot(CURRENTS_DOCUMENT, tampered.snapshot, verifier, { authorise: acceptAll });
    expect(checked.rejections).toEqual([expect.objectContaining({ map: "members", key: forged.id, reason: "bad-signature" })]);
  });

  it("[CU7] a member removed from the organisation is no longer listed, though their join stays valid", async () => {
    const { common, joins } = await commonGround();
    const leave = await signRecord(s.people.dave, { kind: "leave", body: { chapter: s.root }, at: s.governance[0]!.envelope.at + 30, deps: [s.root, s.grants.dave] });
    const read = await readCurrents(currentsOrganisation(s, [leave]), s.root, currentsDocument(s, [common, ...joins]), verifier, new VerifiedCache());
    expect(read.verdicts.get(joins[1]!.id)?.status).toBe("valid");
    expect(membersOf(read)).toEqual([["Common ground", [s.key("alice"), s.key("bob")].sort()]]);
  });

  it("[CU6] a chapter's decision cannot remove a current: a decision, a chapter's moderator and every member leaving leave it listed", async () => {
    const { common, joins } = await commonGround();
    const decision = await s.sign(
      "alice",
      decisionDraft({ chapter: s.north, proposal: hashText("dissolve") as ProposalId, open: hashText("open") as RecordId, close: hashText("close") as RecordId, result: { outcome: "adopted", text: "Dissolve Common ground" } }, [s.grants.aliceNorth]),
      20,
    );
    const hide = await s.sign("carol", { kind: "hide", body: { scope: common.id, target: common.id, reason: "North decided to dissolve it", hidden: true }, deps: [s.moderator, s.grants.carol] }, 21);
    const leaves = await Promise.all((["alice", "bob", "dave"] as const).map((who, i) => s.sign(who, currentMembershipDraft("current-leave", { root: s.root, current: common.id }, [who === "alice" ? s.grants.aliceRoot : s.grants[who]]), 30 + i)));
    const currents = currentsDocument(s, [common, ...joins, decision, hide, ...leaves]);
    const read = await readCurrents(currentsOrganisation(s), s.root, currents, verifier, new VerifiedCache());
    expect(read.currents).toEqual([expect.objectContaining({ id: common.id, name: "Common ground", statement: "Share the dues.", hidden: null, members: [] })]);
    expect(read.verdicts.get(hide.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[CU6\]/) });
    const checked = await readSnapshot(CURRENTS_DOCUMENT, currents.snapshot, verifier, { authorise: acceptAll });
    expect(checked.rejections).toEqual([expect.objectContaining({ key: decision.id, reason: "unknown-kind" })]);
  });

  it("[CU5] [CU6] a current's discussion is open to members of every chapter; a non-member's post is refused", async () => {
    const { common, joins } = await commonGround();
    const posts = await Promise.all([
      s.sign("dave", messageDraft({ scope: common.id, text: "Riverside is in" }, [s.grants.dave]), 40),
      s.sign("carol", messageDraft({ scope: common.id, text: "Not a member, but I have a question" }, [s.grants.carol]), 41),
      s.sign("erin", messageDraft({ scope: common.id, text: "Buy my stuff" }, []), 42),
    ]);
    const page = A.change(A.load<ThreadDoc>(threadGenesis()), (d) => posts.forEach((post) => addRecord(d.messages, post)));
    const read = await readCurrent(currentsOrganisation(s), s.root, currentsDocument(s, [common, ...joins]), common.id, [{ n: 0, url: threadPageUrl(common.id, 0), snapshot: snapshotDocument(THREAD_DOCUMENT, page) }], 0, verifier, new VerifiedCache());
    expect(read.current?.id).toBe(common.id);
    expect(read.room).toMatchObject({ id: common.id, chapter: s.root, access: "subtree" });
    expect(read.timeline.messages.map((message) => message.text)).toEqual(["Riverside is in", "Not a member, but I have a question"]);
    expect(read.creation?.id).toBe(common.id);
  });

  it("[CU2] [CU6] the vector's records give each rule's verdict: a non-member's join, a current of another root, a statement hidden for abuse", async () => {
    const { moderator, records } = await currentsVectorRecords(s);
    const read = await readCurrents(currentsOrganisation(s, [moderator]), s.root, currentsDocument(s, records.map((entry) => entry.record)), verifier, new VerifiedCache());
    const statuses = records.map((entry) => [entry.note.split(":")[0], read.verdicts.get(entry.record.id)?.status]);
    expect(statuses).toEqual([
      ["CU3", "valid"],
      ["CU3", "valid"],
      ["CU4", "valid"],
      ["CU4", "valid"],
      ["CU4", "valid"],
      ["CU4.2", "valid"],
      ["CU2.4", "ineligible-signer"],
      ["CU4.1", "missing-deps"],
      ["CU2.2", "wrong-context"],
      ["CU2.1", "malformed"],
      ["CU6", "ineligible-signer"],
      ["CU6", "valid"],
      ["CU6", "wrong-context"],
    ]);
    expect(read.currents.map((current) => [current.name, current.hidden?.reason ?? null])).toEqual([
      ["Common ground", null],
      ["Slow streets", "Names a neighbour with an insult"],
    ]);
  });
});
