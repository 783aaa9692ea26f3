import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { aidMetDraft, aidPostDraft } from "../aid/aid-records.js";
import { agendaCurrentDraft, agendaItemDraft, assemblyDraft, attendanceDraft, speakerDraft, speakersOrderDraft, speechDraft } from "../assemblies/assembly-records.js";
import { minutesNoteDraft, minutesSignDraft, paperResultDraft, secretaryDraft, tellerSignDraft } from "../assemblies/minutes-records.js";
import { DOCUMENT_TYPES } from "../documents/document-types.js";
import { hideDraft, messageDeleteDraft, messageDraft, messageEditDraft, pinDraft, reactionDraft, reportDraft, threadDraft, threadPageDraft } from "../chat/chat-records.js";
import { lessonAdoptionDraft, lessonShareDraft, postDraft } from "../blog/blog-records.js";
import { currentDraft, currentMembershipDraft } from "../currents/current-records.js";
import { dissentDraft } from "../dissent/dissent-draft.js";
import { siteSettingDraft } from "../site/site-setting-draft.js";
import { duesSettingDraft, ledgerEntryDraft } from "../dues/dues-records.js";
import { forumCategoryDraft, topicDraft, topicProposalDraft } from "../forums/forum-records.js";
import { eventDraft, eventUpdateDraft, rsvpDraft } from "../events/event-records.js";
import { resourceDraft, resourceEditDraft, resourceHideDraft, resourceRemoveDraft } from "../resources/resource-records.js";
import { projectDraft, projectMemberDraft, taskDraft, taskUpdateDraft } from "../projects/project-records.js";
import { homeChapterDraft, homeOrganisationDraft } from "../home/home-records.js";
import type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import {
  admitDraft,
  countersignDraft,
  endorseDraft,
  genesisDraft,
  inviteDraft,
  leaveDraft,
  redeemDraft,
  removeDraft,
  roleDraft,
  rotateDraft,
  rotateProofDraft,
  sponsorDraft,
  uninviteDraft,
} from "../membership/membership-records.js";
import { scopeKeyDraft } from "../private/scope-key-records.js";
import { newScopeKey } from "../private/scope-key.js";
import { profileDraft, profilePictureDraft } from "../profiles/profile-records.js";
import { amendmentDraft, amendmentRejectDraft, commentDraft, proposalDraft, versionDraft } from "../proposals/proposal-records.js";
import { stageHintDraft } from "../proposals/stage-hint.js";
import { ballotDraft, closeDraft, countedDrafts, decisionDraft, openDraft } from "../votes/vote-records.js";
import { declineDraft, delegateDraft, delegationSetDrafts } from "../delegation/delegation-records.js";
import { standingSetDrafts } from "../dues/standing-set.js";
import { attendanceSetDrafts } from "../assemblies/attendance-set.js";
import { anyObjectBody, defineKind } from "./define-kind.js";
import type { RecordDraft } from "./record-draft.js";
import { ALL_KINDS, SIGNABLE_KINDS, isSignableKind, kindSpec, kindsByMap, kindsIn, parseKindBody, placesOf } from "./registry.js";

/** A well-formed 32-byte value (R2) made of one letter. */
const id = (letter: string) => (letter.repeat(42) + "A") as RecordId;
const chapter = id("c") as ChapterId;
const proposal = id("p") as ProposalId;
const key = id("k") as string as MemberKey;
const url = (name: string) => `automerge:${name}` as DocumentUrl;
const seen = id("s");
/** Stand-in random bytes: the builders under test take their randomness from the caller. */
const fixedBytes = (length: number) => new Uint8Array(length).fill(7);

/** One draft of every kind a feature defines, made by its builder, with the ids its rule says the body names (M1.3, P1.2, V1.2). */
/** An event's members (EV1). */
const EVENT = {
  chapter,
  title: "Garden day",
  description: "",
  start: 1_800_000_000_000,
  end: 1_800_003_600_000,
  zone: "Europe/Madrid",
  place: { type: "address", address: "Calle Mayor 1", point: null },
  capacity: 20,
} as const;

const DRAFTS: readonly (readonly [RecordDraft, readonly RecordId[]])[] = (
  [
    [genesisDraft({ name: "Riverside", level: "city", parent: id("q") as ChapterId, place: { lat: 1, lon: 2 }, document: url("Chapter1"), admission: { sponsors: 1, countersign: false }, founders: [id("z") as string as MemberKey, key, key] }), [id("q")]],
    [endorseDraft(chapter), [chapter]],
    [sponsorDraft({ chapter, candidate: key }), [chapter]],
    [countersignDraft({ chapter, candidate: key }), [chapter]],
    [admitDraft({ chapter, sponsors: [id("v"), id("u")], countersign: id("w") }), [chapter, id("u"), id("v"), id("w")]],
    [inviteDraft({ chapter, token: key, maxUses: 2, expires: 5 }), [chapter]],
    [redeemDraft({ chapter, invite: id("i"), candidate: key }), [chapter, id("i")]],
    [uninviteDraft({ chapter, invite: id("i") }), [chapter, id("i")]],
    [leaveDraft(chapter), [chapter]],
    [removeDraft({ chapter, member: key, decision: id("d") }), [chapter, id("d")]],
    [roleDraft({ chapter, member: key, role: "treasurer", grant: true }), [chapter]],
    [rotateProofDraft({ chapter, key }), [chapter]],
    [rotateDraft({ chapter, key, proof: id("r") }), [chapter, id("r")]],
    [proposalDraft({ chapter, title: "Fix the lights", document: url("Prop1") }), [chapter]],
    [versionDraft({ proposal, n: 1, text: "We fix them.", options: [{ id: "now", label: "Now" }], accepts: [id("b"), id("a")] }), [proposal, id("a"), id("b")]],
    [commentDraft({ proposal, version: id("v"), text: "Yes.", replyTo: id("t") }), [proposal, id("v"), id("t")]],
    [amendmentDraft({ proposal, version: id("v"), change: { type: "text", text: "We fix them soon." }, reason: "" }), [proposal, id("v")]],
    [amendmentRejectDraft({ proposal, amendment: id("a"), reason: "no" }), [proposal, id("a")]],
    [stageHintDraft(proposal, "voting", []), [proposal]],
    [
      openDraft({
        chapter,
        proposal,
        version: id("v"),
        amendment: id("a"),
        textHash: id("h"),
        options: [],
        rule: { type: "majority" },
        quorum: { num: 1, den: 2 },
        closesAt: 10,
        finalAt: 20,
        heads: [id("y"), id("x"), id("x")],
        shards: 1,
        boxes: [{ chapter: id("n") as ChapterId, shard: 0, document: url("Box1") }],
        supersedes: [id("o")],
      }),
      [chapter, proposal, id("v"), id("a"), id("o")],
    ],
    [ballotDraft({ chapter, proposal, open: id("o"), textHash: id("h"), choice: "for", seq: 1 }), [chapter, proposal, id("o")]],
    [delegateDraft({ scope: { chapter, subchapters: true }, to: key, seq: 1 }, [seen]), [chapter, seen]],
    [declineDraft(id("d")), [id("d")]],
    [delegationSetDrafts([id("d"), id("c"), id("d")], [seen])[0]!, [seen]],
    [standingSetDrafts([id("d"), id("c"), id("d")], chapter)[0]!, [chapter]],
    [attendanceSetDrafts([id("d"), id("c"), id("d")], chapter)[0]!, [chapter]],
    [closeDraft({ open: id("o"), boxes: [{ chapter, shard: 0, ids: [id("b")] }], result: { outcome: "passed" }, supersedes: id("e") }), [id("o"), id("e")]],
    [countedDrafts(id("o"), id("l"), [{ chapter, shard: 0, ids: [id("b"), id("a")] }])[0]!, [id("o"), id("l")]],
    [decisionDraft({ chapter, proposal, open: id("o"), close: id("l"), result: { outcome: "passed" } }), [chapter, proposal, id("o"), id("l")]],
    [homeOrganisationDraft({ organisation: url("Members1"), root: chapter, name: "Riverside", relays: ["wss://b.example", "wss://a.example", "wss://a.example"] }), []],
    [homeChapterDraft({ organisation: url("Members1"), chapter, document: url("Chapter1") }), []],
    [profileDraft({ member: key, seq: 1, name: "Alice", bio: "", box: id("x"), picture: { hash: id("h"), type: "image/png", size: 1024 } }, [id("r")]), [id("r")]],
    [profilePictureDraft({ member: key, type: "image/jpeg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) }), []],
    [scopeKeyDraft({ scope: id("v"), scopeKey: newScopeKey(fixedBytes), recipients: [{ member: key, box: id("x") }], replaces: [id("r")] }, fixedBytes), [id("v"), id("r")]],
    [threadDraft({ chapter, name: "Garden crew", access: "invited", members: [key] }, [seen]), [chapter, seen]],
    [threadPageDraft(id("t"), 2, [seen]), [seen]],
    [messageDraft({ scope: id("t"), text: "Hello", root: id("r"), quote: id("q"), mentions: [key], links: [{ kind: "proposal", id: proposal }] }, [seen]), [seen]],
    [messageEditDraft({ scope: id("t"), target: id("m"), text: "Hello again" }), []],
    [messageDeleteDraft({ scope: id("t"), target: id("m") }), []],
    [reactionDraft({ scope: id("t"), target: id("m"), emoji: "👍", on: true }), []],
    [pinDraft({ scope: id("t"), target: id("m"), page: 0, on: true }), []],
    [hideDraft({ scope: id("t"), target: id("m"), reason: "Insults a member", hidden: true }, [seen]), [seen]],
    [
      duesSettingDraft({ chapter, decision: id("d"), currency: "EUR", period: "month", amount: 1000, scale: [2000, 500, 1000, 1000], passUp: [{ chapter: id("y") as ChapterId, parts: 1500 }, { chapter: id("x") as ChapterId, parts: 2500 }] }),
      [chapter, id("d"), id("x"), id("y")],
    ],
    [aidPostDraft("aid-offer", { chapter, for: "organisation", category: "transport", what: "A van on Saturdays", place: { name: "Old Quay", lat: 5137, lon: -12 }, when: "Saturdays" }), [chapter]],
    [aidPostDraft("aid-request", { chapter, for: "chapter", category: "food", what: "Groceries for a week", place: null, when: "" }), [chapter]],
    [aidMetDraft({ chapter, post: id("p"), thanks: "Thank you, Ana!" }), [chapter, id("p")]],
    [ledgerEntryDraft({ chapter, entry: "disbursement", amount: 1200, currency: "EUR", corrects: id("k"), note: "", decision: id("d"), payee: "Print shop" }), [chapter, id("k"), id("d")]],
    [reportDraft({ scope: id("t"), target: id("m"), reason: "Spam" }, [seen]), [seen]],
    [forumCategoryDraft({ chapter, name: "Repairs", about: "" }, [seen]), [chapter, seen]],
    [topicDraft({ chapter, category: id("g"), title: "The boiler again" }, [seen]), [chapter, id("g"), seen]],
    [topicProposalDraft({ chapter, topic: id("t"), proposal }, [seen]), [chapter, id("t"), proposal, seen]],
    [dissentDraft({ chapter, decision: id("d"), text: "We should not have cut the garden's budget." }, [seen]), [chapter, seen]],
    [postDraft({ chapter, title: "What the garden taught us", decisions: [id("e"), id("d"), id("e")] }, [seen]), [chapter, seen]],
    [lessonShareDraft({ chapter, from: id("f") as ChapterId, post: id("q") }, [seen]), [chapter, id("f"), id("q"), seen]],
    [lessonAdoptionDraft({ chapter, from: id("f") as ChapterId, post: id("q"), proposal }, [seen]), [chapter, id("f"), id("q"), proposal, seen]],
    [
      siteSettingDraft({ chapter, decision: id("d"), about: "Tenants of North", pinned: [id("b"), id("a")], links: [{ title: "Our map", url: "https://example.org/map" }], sections: ["forum", "blog"], posting: { blog: "members", forum: "role:moderator" } }, [seen]),
      [chapter, seen],
    ],
    [eventDraft(EVENT, [seen]), [seen]],
    [eventUpdateDraft(id("e"), EVENT, true, [seen]), [id("e"), seen]],
    [rsvpDraft(id("e"), "maybe"), [id("e")]],
    [resourceDraft({ chapter, title: "Flyer", description: "", folder: "Campaigns", tags: ["rent", "print", "rent"], link: null, file: { document: "automerge:4NMNnkMhcRFKbVYkGcbmYBXhNAxs" as DocumentUrl, name: "flyer.pdf", type: "application/pdf", size: 9, hash: id("h") } }, [seen]), [chapter, seen]],
    [resourceEditDraft({ resource: id("r"), title: "Flyer", description: "", folder: "", tags: [], link: "https://example.org/flyer", file: null }, [seen]), [id("r"), seen]],
    [resourceRemoveDraft({ resource: id("r") }, [seen]), [id("r"), seen]],
    [resourceHideDraft({ scope: chapter, target: id("r"), reason: "Spam", hidden: true }, [seen]), [seen]],
    [projectDraft({ chapter, title: "Repair café", description: "", decisions: [proposal, proposal] }, [seen]), [chapter, seen]],
    [projectMemberDraft({ project: id("p"), taking: true }, [seen]), [id("p"), seen]],
    [taskDraft({ project: id("p"), title: "Find a venue", assignee: key, due: "2026-12-20", status: "todo" }, [seen]), [id("p"), seen]],
    [taskUpdateDraft({ task: id("t"), title: "Find a venue", assignee: null, due: null, status: "done" }, [seen]), [id("t"), seen]],
    [assemblyDraft({ chapter, event: id("e"), chairs: [key], quorum: { num: 1, den: 2 } }, [seen]), [id("e"), seen]],
    [agendaItemDraft(id("a"), id("i"), { parent: id("q"), order: 1, title: "Budget", minutes: 20, links: [proposal], removed: false }, [seen]), [id("a"), id("i"), id("q"), seen]],
    [agendaCurrentDraft(id("a"), id("i")), [id("a"), id("i")]],
    [attendanceDraft("check-in", id("a"), key, [seen]), [id("a"), seen]],
    [attendanceDraft("check-out", id("a"), key, [seen]), [id("a"), seen]],
    [speakerDraft(id("a"), id("i"), key, "pro", [seen]), [id("a"), id("i"), seen]],
    [speakersOrderDraft(id("a"), id("i"), [id("r")]), [id("a"), id("i")]],
    [speechDraft(id("a"), id("r"), null), [id("a"), id("r")]],
    [currentDraft({ root: chapter, name: "Common ground", statement: "Share the dues.\nEverywhere." }, [seen]), [chapter, seen]],
    [currentMembershipDraft("current-join", { root: chapter, current: id("k") }, [seen]), [chapter, id("k"), seen]],
    [currentMembershipDraft("current-leave", { root: chapter, current: id("k") }, [seen]), [chapter, id("k"), seen]],
    [paperResultDraft(id("a"), { item: id("i"), question: "Adopt?", method: "hands", options: [{ label: "For", count: 2 }], abstentions: 0, present: 3, electorate: 3, quorum: null, threshold: { num: 1, den: 2 }, tellers: [key, id("t") as string as MemberKey] }, [seen]), [id("a"), id("i"), seen]],
    [tellerSignDraft(id("a"), id("r"), [2], 0, [seen]), [id("a"), id("r"), seen]],
    [secretaryDraft(id("a"), key, [seen]), [id("a"), seen]],
    [minutesNoteDraft(id("a"), "secretary", "Two\nlines", [seen]), [id("a"), seen]],
    [minutesSignDraft(id("a"), "chair", 1, id("d"), [seen]), [id("a"), seen]],
  ] as const
).map(([draft, named]) => [{ ...draft, deps: [...draft.deps] }, named] as const);

const PROTOCOL = readFileSync(new URL("../../../docs/PROTOCOL.md", import.meta.url), "utf8");

describe("the kind registry", () => {
  it("[D4] each kind is registered once, held in its own map and in the indexes it names, nowhere else", () => {
    const kinds = ALL_KINDS.map((spec) => spec.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const spec of ALL_KINDS) {
      const heldIn = DOCUMENT_TYPES.flatMap((type) => Object.entries(type.maps).filter(([, list]) => list.includes(spec.kind)).map(([map]) => `${type.name} ${map}`));
      expect(heldIn.sort()).toEqual(placesOf(spec).map((place) => `${place.document} ${place.map}`).sort());
    }
    // Only creation records are also index entries (D2, P1.1, D6, FO3, BL2), a profile is copied into its member's chapters (PF3),
    // a moderator's hide is also held beside the dissents of the decisions log (DS3) and the currents (CU6), an assembly's convening record is
    // copied into its own document (AS1), and a current's into its discussion's first page (CU5); a resource's hide is copied into the chapter's moderation log (RS9, MOD2.1).
    expect(ALL_KINDS.filter((spec) => spec.alsoIn.length > 0).map((spec) => spec.kind)).toEqual(["proposal", "profile", "thread", "hide", "topic", "post", "assembly", "current", "resource-hide"]);
  });

  it("[D4] each document type declares exactly the maps the registry places kinds in, each holding the registry's kinds", () => {
    const places = new Set(ALL_KINDS.flatMap((spec) => placesOf(spec).map((place) => `${place.document} ${place.map}`)));
    const maps = new Set(DOCUMENT_TYPES.flatMap((type) => Object.keys(type.maps).map((map) => `${type.name} ${map}`)));
    expect([...maps].sort()).toEqual([...places].sort());
    for (const type of DOCUMENT_TYPES) {
      for (const [map, list] of Object.entries(type.maps)) expect(list).toEqual(kindsIn(type.name as never, map));
    }
  });

  it("[D4] a document type naming a map no kind is registered in, or leaving out a registered map, is refused at once", () => {
    expect(() => kindsByMap("chapter", ["governance", "decisions", "proposals", "threads", "events", "posts", "resources", "projects", "dues", "aid", "ledger"])).toThrow(/map ledger holds no registered kind/);
    expect(() => kindsByMap("chapter", ["governance"])).toThrow(/is registered in map \w+, which the document type does not declare/);
  });

  it("[E7.1] SIGNABLE_KINDS are derived: the kinds a member signs whose feature defined them; redeem and reserved kinds are left out", () => {
    expect(SIGNABLE_KINDS).toEqual(ALL_KINDS.filter((spec) => spec.signable).map((spec) => spec.kind));
    for (const spec of ALL_KINDS) expect(spec.signable).toBe(spec.signedBy === "member" && !spec.reserved);
    expect(kindSpec("redeem")).toMatchObject({ signedBy: "token", signable: false });
    expect(ALL_KINDS.filter((spec) => spec.reserved).map((spec) => spec.kind).sort()).toEqual(
      ["private-message"].sort(),
    );
    expect(Object.isFrozen(SIGNABLE_KINDS)).toBe(true);
  });

  it("[E7.1] nothing but a signable kind passes the guard", () => {
    for (const kind of SIGNABLE_KINDS) expect(isSignableKind(kind)).toBe(true);
    for (const other of ["", "Ballot", "ballot ", "redeem", "private-message", "policy", "__proto__", "toString", 1, null, undefined, ["ballot"]]) expect(isSignableKind(other)).toBe(false);
  });

  it("every registered kind names a rule that docs/PROTOCOL.md defines", () => {
    for (const spec of ALL_KINDS) {
      const rule = spec.rule.replace(".", "\\.");
      expect(new RegExp(`^(\\*\\*|\\s*- )${rule}[ *]`, "m").test(PROTOCOL), `${spec.kind}: ${spec.rule}`).toBe(true);
    }
  });

  it("[M1.2] [P1.1] [V1.1] [D4.1] [P8] [PF1] [PF2] [CH1.1] [PV3] [DU2] [DU3] [DU8.1] [AID2] [AID3] [FO1.1] [DS1.1] [EV1] [BL1.1] [SITE1.1] [RS1] [PJ2] [PJ3] [PJ4] [PJ5] [AS2] [CU3] [CU4] [AS9] [AS10] each defined kind has a builder whose body its validator accepts, with every id it names in its deps", () => {
    const defined = ALL_KINDS.filter((spec) => !spec.reserved).map((spec) => spec.kind);
    expect(DRAFTS.map(([draft]) => draft.kind).sort()).toEqual([...defined].sort());
    for (const [draft, named] of DRAFTS) {
      expect(parseKindBody(draft.kind, draft.body), draft.kind).toMatchObject({ ok: true });
      expect([...new Set(draft.deps)].sort(), draft.kind).toEqual([...named].sort());
    }
    // Deps the caller cites (authority, what it saw) are kept beside the named ones.
    expect(leaveDraft(chapter, [seen]).deps).toEqual([seen, chapter]);
  });

  it("[M1.2] [V2] [BL2] [SITE1.1] builders sort and de-duplicate the lists their rules want sorted", () => {
    const byKind = new Map(DRAFTS.map(([draft]) => [draft.kind, draft.body]));
    expect(byKind.get("genesis")?.["founders"]).toEqual([key, id("z")]);
    expect(byKind.get("admit")?.["sponsors"]).toEqual([id("u"), id("v")]);
    expect(byKind.get("version")?.["accepts"]).toEqual([id("a"), id("b")]);
    expect(byKind.get("open")?.["roster"]).toEqual({ heads: [id("x"), id("y")] });
    expect(byKind.get("counted")?.["ids"]).toEqual([id("a"), id("b")]);
    expect(byKind.get("post")?.["decisions"]).toEqual([id("d"), id("e")]);
    expect(byKind.get("site-setting")?.["pinned"]).toEqual([id("a"), id("b")]);
    expect(byKind.get("site-setting")?.["sections"]).toEqual(["blog", "forum"]);
    expect(byKind.get("home-organisation")?.["relays"]).toEqual(["wss://a.example", "wss://b.example"]);
    expect(byKind.get("dues-setting")?.["scale"]).toEqual([500, 1000, 2000]);
    expect(byKind.get("resource")?.["tags"]).toEqual(["print", "rent"]);
    expect(byKind.get("project")?.["decisions"]).toEqual([proposal]);
    expect(byKind.get("dues-setting")?.["passUp"]).toEqual([{ chapter: id("x"), parts: 2500 }, { chapter: id("y"), parts: 1500 }]);
  });

  it("[M1.2] [V1.1] a body that breaks its kind's schema is refused by the validator, naming what is wrong", () => {
    expect(parseKindBody("ballot", { chapter, proposal, open: id("o"), textHash: id("h"), choice: "for" })).toEqual({
      ok: false,
      problem: "body has members chapter,choice,open,proposal,textHash, expected chapter,choice,open,proposal,seq,textHash",
    });
    expect(parseKindBody("genesis", {})).toMatchObject({ ok: false, problem: expect.stringMatching(/^body has members/) });
    expect(parseKindBody("home-chapter", { organisation: "x", chapter, document: url("D") })).toMatchObject({ ok: false, problem: expect.stringMatching(/organisation/) });
    expect(parseKindBody("proposal-stage", { proposal, stage: "finished" })).toMatchObject({ ok: false, problem: expect.stringMatching(/stage is not one of/) });
    expect(parseKindBody("raw", {})).toEqual({ ok: false, problem: "raw is not a registered record kind" });
  });

  it("[D4] a reserved kind's validator takes any canonical object as it is, and nothing else", () => {
    expect(parseKindBody("private-message", { text: "hi", nested: [1, { a: null }] })).toEqual({ ok: true, body: { text: "hi", nested: [1, { a: null }] } });
    for (const body of [null, "text", 1, [1]]) expect(anyObjectBody(body)).toEqual({ ok: false, problem: "body is not an object" });
  });

  it("a kind signable from the app must be a member's and defined", () => {
    const base = { document: "chapter", map: "posts", parseBody: anyObjectBody, rule: "D4" } as const;
    expect(() => defineKind({ ...base, kind: "post", signedBy: "member", signable: true, reserved: true })).toThrow(/only a member's defined kind/);
    expect(() => defineKind({ ...base, kind: "post", signedBy: "token", signable: true })).toThrow(/only a member's defined kind/);
    expect(() => defineKind({ ...base, kind: "post", signedBy: "member", signable: false, rule: "" })).toThrow(/no PROTOCOL.md rule id/);
  });
});
