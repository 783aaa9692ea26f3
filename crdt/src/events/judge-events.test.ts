import { beforeAll, describe, expect, it } from "vitest";
import { CausalRosters } from "../proposals/causal-rosters.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { chatScenario, type ChatScenario, type Name } from "../chat/test-helpers/chat-scenario.js";
import { parseEventBody, type EventFields, type RsvpAnswer } from "./event-bodies.js";
import { eventInputProblem } from "./event-input-problem.js";
import { eventDraft, eventUpdateDraft, rsvpDraft } from "./event-records.js";
import { judgeEvents } from "./judge-events.js";

let s: ChatScenario;
beforeAll(async () => {
  s = await chatScenario();
});

const HOUR = 3_600_000;
const START = Date.UTC(2026, 11, 10, 18);

function fields(chapter: ChapterId, more: Partial<EventFields> = {}): EventFields {
  return {
    chapter,
    title: "Garden day",
    description: "Bring gloves.",
    start: START,
    end: START + 2 * HOUR,
    zone: "Europe/Madrid",
    place: { type: "address", address: "Calle Mayor 1", point: { lat: 40_416_775, lon: -3_703_790 } },
    capacity: null,
    ...more,
  };
}

/** Judges `records` in `chapter` with rosters over the scenario's governance and the records themselves (their causal pasts). */
function judge(chapter: ChapterId, records: readonly ParsedRecord[]) {
  const held = new Map<RecordId, ParsedRecord>([...s.governance, ...records].map((record) => [record.id, record]));
  return judgeEvents(chapter, records, new CausalRosters(held));
}

const grantOf: Partial<Record<Name, RecordId>> = {};
beforeAll(() => {
  Object.assign(grantOf, { alice: s.grants.aliceNorth, bob: s.grants.bob, carol: s.grants.carol, dave: s.grants.dave });
});
const answer = (who: Name, event: ParsedRecord, reply: RsvpAnswer, offset: number) => s.sign(who, rsvpDraft(event.id, reply, grantOf[who] === undefined ? [] : [grantOf[who]]), offset);

describe("events: what an event is", () => {
  it("[EV1.3] an event whose end is before its start is refused with a clear error, before signing and when read", async () => {
    const backwards = fields(s.north, { end: START - HOUR });
    expect(eventInputProblem(backwards)).toBe("end must be after start");
    expect(eventInputProblem(fields(s.north, { end: START }))).toBe("end must be after start");
    const signed = await s.sign("bob", eventDraft(backwards, [s.grants.bob]), 5);
    expect(judge(s.north, [signed]).verdicts.get(signed.id)).toEqual({ status: "malformed", detail: "[EV1] end must be after start" });
  });

  it("[EV1.3] a time zone that does not exist is refused with a clear error; a name that is not a zone's shape is malformed", () => {
    expect(eventInputProblem(fields(s.north, { zone: "Mars/Olympus_Mons" }))).toBe("time zone Mars/Olympus_Mons does not exist");
    expect(eventInputProblem(fields(s.north, { zone: "Europe/Madrid" }))).toBeUndefined();
    expect(eventInputProblem(fields(s.north, { zone: "America/Argentina/Buenos_Aires" }))).toBeUndefined();
    expect(parseEventBody("event", { ...fields(s.north), zone: "Europe/ Madrid" } as never)).toEqual({ ok: false, problem: "zone is not a time zone name" });
  });

  it("[EV1.2] a place is an address (with or without a map point), an online link, or the meeting host, and nothing else", () => {
    const parse = (place: unknown) => parseEventBody("event", { ...fields(s.north), place } as never);
    expect(parse({ type: "online", link: "https://meet.example.org/a" }).ok).toBe(true);
    expect(parse({ type: "host" }).ok).toBe(true);
    expect(parse({ type: "address", address: "Plaza 2", point: null }).ok).toBe(true);
    expect(parse({ type: "online", link: "javascript:alert(1)" })).toEqual({ ok: false, problem: "place.link is not an http or https address" });
    expect(parse({ type: "host", address: "x" })).toEqual({ ok: false, problem: "place: a meeting host's place has no other member" });
    expect(parse({ type: "address", address: "Plaza 2", point: { lat: 91_000_000, lon: 0 } }).ok).toBe(false);
    expect(parse({ type: "boat" })).toEqual({ ok: false, problem: "place.type is not one of address, online, host" });
    expect(parseEventBody("event", { ...fields(s.north), capacity: 0 } as never).ok).toBe(false);
  });

  it("[EV1.5] a member of the chapter (or below it) organises an event; a non-member's and another chapter's are refused", async () => {
    const byBob = await s.sign("bob", eventDraft(fields(s.north), [s.grants.bob]), 5);
    const byErin = await s.sign("erin", eventDraft(fields(s.north), []), 6);
    const forRoot = await s.sign("bob", eventDraft(fields(s.root), [s.grants.bob]), 7);
    const judged = judge(s.north, [byBob, byErin, forRoot]);
    expect(judged.events.map((event) => [event.id, event.organiser])).toEqual([[byBob.id, s.key("bob")]]);
    expect(judged.verdicts.get(byErin.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[EV1\.5\] the signer cites no live membership/) });
    expect(judged.verdicts.get(forRoot.id)).toMatchObject({ status: "wrong-context" });
  });
});

describe("events: edits, answers and the waiting list", () => {
  it("[EV2.1] [EV2.2] the organiser edits and cancels; the latest version counts; someone else's edit is refused", async () => {
    const event = await s.sign("bob", eventDraft(fields(s.north), [s.grants.bob]), 5);
    const moved = await s.sign("bob", eventUpdateDraft(event.id, fields(s.north, { title: "Garden day (moved)", start: START + HOUR, end: START + 3 * HOUR }), false, [s.grants.bob]), 10);
    const cancelled = await s.sign("bob", eventUpdateDraft(event.id, fields(s.north, { title: "Garden day (moved)" }), true, [s.grants.bob]), 20);
    const byCarol = await s.sign("carol", eventUpdateDraft(event.id, fields(s.north, { title: "Carol's day" }), false, [s.grants.carol]), 30);
    const first = judge(s.north, [event, moved]).events[0]!;
    expect([first.title, first.start, first.cancelled, first.updates]).toEqual(["Garden day (moved)", START + HOUR, false, 1]);
    const judged = judge(s.north, [byCarol, cancelled, moved, event]);
    expect(judged.verdicts.get(byCarol.id)).toEqual({ status: "ineligible-signer", detail: "[EV2.1] only the event's organiser may update or cancel it" });
    expect(judged.events[0]).toMatchObject({ title: "Garden day (moved)", cancelled: true, updates: 2, updated: cancelled.envelope.at });
  });

  it("[EV3.1] an answer by a non-member is refused and not counted; one by a member of a chapter above is refused too", async () => {
    const event = await s.sign("bob", eventDraft(fields(s.north), [s.grants.bob]), 5);
    const byErin = await answer("erin", event, "going", 10);
    const byDave = await answer("dave", event, "going", 11);
    const byCarol = await answer("carol", event, "going", 12);
    const judged = judge(s.north, [event, byErin, byDave, byCarol]);
    expect(judged.verdicts.get(byErin.id)?.status).toBe("ineligible-signer");
    expect(judged.verdicts.get(byDave.id)?.status).toBe("ineligible-signer");
    expect(judged.events[0]!.going).toEqual([s.key("carol")]);
  });

  it("[EV3.2] a member's latest answer counts: going, then not, is not going", async () => {
    const event = await s.sign("bob", eventDraft(fields(s.north), [s.grants.bob]), 5);
    const yes = await answer("carol", event, "going", 10);
    const no = await answer("carol", event, "not", 20);
    const maybe = await answer("alice", event, "maybe", 15);
    const judged = judge(s.north, [no, event, maybe, yes]);
    expect(judged.events[0]).toMatchObject({ going: [], maybe: [s.key("alice")], not: [s.key("carol")] });
    expect(judged.events[0]!.answers.map((entry) => [entry.member, entry.answer])).toEqual([
      [s.key("alice"), "maybe"],
      [s.key("carol"), "not"],
    ]);
  });

  it("[EV3.1] an answer to an event of another chapter, or to none, counts nowhere", async () => {
    const elsewhere = await s.sign("dave", eventDraft(fields(s.root), [s.grants.dave]), 5);
    const stray = await answer("carol", elsewhere, "going", 10);
    const judged = judge(s.north, [elsewhere, stray]);
    expect(judged.verdicts.get(stray.id)).toMatchObject({ status: "wrong-context", detail: `[EV3.1] no valid event ${elsewhere.id} in this chapter` });
  });

  it("[EV4] over capacity, the later answers wait, in the order answered, whatever order the records arrive in", async () => {
    const event = await s.sign("bob", eventDraft(fields(s.north, { capacity: 2 }), [s.grants.bob]), 5);
    const answers = [await answer("carol", event, "going", 10), await answer("alice", event, "going", 11), await answer("bob", event, "going", 12)];
    const orders = [
      [event, ...answers],
      [answers[2]!, event, answers[0]!, answers[1]!],
      [answers[1]!, answers[2]!, answers[0]!, event],
    ];
    for (const records of orders) expect(judge(s.north, records).events[0]).toMatchObject({ going: [s.key("carol"), s.key("alice")], waiting: [s.key("bob")] });
    // When one of those going says no, the first waiting goes.
    const withdraw = await answer("carol", event, "not", 20);
    expect(judge(s.north, [event, ...answers, withdraw]).events[0]).toMatchObject({ going: [s.key("alice"), s.key("bob")], waiting: [] });
  });
});
