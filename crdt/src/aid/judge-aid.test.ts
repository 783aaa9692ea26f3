import { beforeAll, describe, expect, it } from "vitest";
import { CausalRosters } from "../proposals/causal-rosters.js";
import type { ParsedRecord } from "../records/record.js";
import { signRecord } from "../records/record.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { FACILITATOR } from "../membership/kinds.js";
import { aidMetDraft, aidPostDraft } from "./aid-records.js";
import { parseAidBody } from "./aid-bodies.js";
import { judgeAid } from "./judge-aid.js";
import { aidBoard } from "./read-aid.js";

// Riverside (alice, dave) above North (alice, bob, carol); erin is no member (chat's scenario).
let s: ChatScenario;
beforeAll(async () => {
  s = await chatScenario();
});

const offer = { for: "organisation", category: "transport", what: "A van on Saturdays", place: { name: "Old Quay", lat: 5137, lon: -12 }, when: "Saturdays" } as const;
const request = { for: "chapter", category: "food", what: "Groceries for a week", place: null, when: "" } as const;
const rostersOf = (records: readonly ParsedRecord[]) => new CausalRosters(new Map([...s.governance, ...records].map((record) => [record.id, record])));

describe("mutual aid (PROTOCOL.md AID)", () => {
  it("[AID2.1] [AID2.2] bodies: a place is a name and a point in hundredths of a degree, never finer; bad input gets a problem naming what is wrong", () => {
    const body = { chapter: s.north, ...offer };
    expect(parseAidBody("aid-offer", body)).toEqual({ ok: true, body: { kind: "aid-offer", ...body } });
    expect(parseAidBody("aid-offer", { ...body, place: { name: "Old Quay", lat: 51.37, lon: -0.12 } })).toEqual({ ok: false, problem: "place.lat is not an integer in -9000..9000" });
    expect(parseAidBody("aid-offer", { ...body, place: { name: "Old Quay", lat: 9001, lon: 0 } })).toEqual({ ok: false, problem: "place.lat is not an integer in -9000..9000" });
    expect(parseAidBody("aid-offer", { ...body, place: { name: "Old Quay", lat: null, lon: null } })).toMatchObject({ ok: true });
    expect(parseAidBody("aid-offer", { ...body, place: { name: "Old Quay", lat: 5137, lon: null } })).toEqual({ ok: false, problem: "place.lon is not an integer in -18000..18000" });
    expect(parseAidBody("aid-request", { ...body, category: "weapons" })).toEqual({ ok: false, problem: "category is not one of food, housing, transport, care, money, skills, things, other" });
    expect(parseAidBody("aid-request", { ...body, for: "everyone" })).toEqual({ ok: false, problem: "for is not one of chapter, organisation" });
    expect(parseAidBody("aid-request", { ...body, what: "" })).toEqual({ ok: false, problem: "what must be 1 to 500 characters long" });
    expect(parseAidBody("aid-met", { chapter: s.north, post: s.north, thanks: "x".repeat(501) })).toEqual({ ok: false, problem: "thanks must be 0 to 500 characters long" });
  });

  it("[AID4.2] [AID4.3] [AID5.1] a member's offer and request are on the board; a non-member's is refused; only the author marks one met, with a thank-you", async () => {
    const byBob = await s.sign("bob", aidPostDraft("aid-offer", { chapter: s.north, ...offer }, [s.grants.bob]), 10);
    const byDave = await s.sign("dave", aidPostDraft("aid-request", { chapter: s.north, ...request }, [s.grants.dave]), 11);
    const byErin = await s.sign("erin", aidPostDraft("aid-request", { chapter: s.north, ...request }, []), 12);
    const byCarol = await s.sign("carol", aidPostDraft("aid-request", { chapter: s.north, ...request }, [s.grants.carol]), 13);
    const metByOther = await s.sign("bob", aidMetDraft({ chapter: s.north, post: byCarol.id, thanks: "Done!" }), 14);
    const met = await s.sign("carol", aidMetDraft({ chapter: s.north, post: byCarol.id, thanks: "Thank you, Bob!" }), 15);
    const records = [byBob, byDave, byErin, byCarol, metByOther, met];
    const judged = judgeAid({ chapter: s.north, rosters: rostersOf(records) }, records);
    const status = (record: ParsedRecord) => [...judged.posts, ...judged.mets].find((entry) => entry.record.id === record.id)?.status;
    // Dave is a member of Riverside, above North: not of North (AID4.2).
    expect([byBob, byDave, byErin, byCarol, metByOther, met].map(status)).toEqual(["valid", "not-member", "not-member", "valid", "not-author", "valid"]);
    const board = aidBoard(s.north, records, rostersOf(records));
    expect(board.map((post) => [post.id, post.kind, post.met?.thanks ?? null])).toEqual([
      [byCarol.id, "aid-request", "Thank you, Bob!"],
      [byBob.id, "aid-offer", null],
    ]);
    expect(board[0]).toMatchObject({ chapter: s.north, level: "neighbourhood", author: s.key("carol") });
  });

  it("[AID5.2] an aid request from a removed member is hidden from the board", async () => {
    const asked = await s.sign("bob", aidPostDraft("aid-request", { chapter: s.north, ...request }, [s.grants.bob]), 10);
    const kept = await s.sign("carol", aidPostDraft("aid-offer", { chapter: s.north, ...offer }, [s.grants.carol]), 11);
    // Alice, a founder of North, makes herself its facilitator (M9.2) and removes bob (M8.2).
    const facilitator = await signRecord(s.people.alice, { kind: "role", body: { chapter: s.north, member: s.key("alice"), role: FACILITATOR, grant: true, decision: null }, at: 20, deps: [s.north, s.grants.aliceNorth] });
    const removal = await signRecord(s.people.alice, { kind: "remove", body: { chapter: s.north, member: s.key("bob"), decision: null }, at: 21, deps: [s.north, facilitator.id, s.grants.aliceNorth, s.grants.bob, asked.id] });
    const before = aidBoard(s.north, [asked, kept], rostersOf([asked, kept]));
    expect(before.map((post) => post.id).sort()).toEqual([asked.id, kept.id].sort());
    const after = aidBoard(s.north, [asked, kept], rostersOf([asked, kept, facilitator, removal]));
    expect(after.map((post) => post.id)).toEqual([kept.id]);
    // The request is still a valid record: hidden, not refused (its author was a member when asking).
    expect(judgeAid({ chapter: s.north, rosters: rostersOf([asked, kept, facilitator, removal]) }, [asked]).posts[0]?.status).toBe("valid");
  });
});
