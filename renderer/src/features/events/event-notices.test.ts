import type { ChapterEvent, EventAnswer } from "@chapterhouse/crdt/events";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { eventNotices, REMINDER_BEFORE_MS } from "./event-notices.js";

const me = "m".repeat(43) as MemberKey;
const START = Date.UTC(2026, 11, 10, 18);
const event = (id: string, more: Partial<ChapterEvent> = {}) =>
  ({
    id,
    created: START - 10 * REMINDER_BEFORE_MS,
    start: START,
    cancelled: false,
    answers: [],
    ...more,
  }) as unknown as ChapterEvent;
const going = (answer: EventAnswer["answer"]) =>
  [{ member: me, answer, at: 0, id: "a" }] as unknown as readonly EventAnswer[];

describe("event notifications", () => {
  it("[EV4.3] a new event is told once it was created after the device first saw the organisation; an older one is not", () => {
    const since = START - 5 * REMINDER_BEFORE_MS;
    const notices = eventNotices([event("old"), event("new", { created: since + 1 })], me, since, since + 2);
    expect(notices.map((notice) => [notice.key, notice.reason])).toEqual([["new", "new"]]);
  });

  it("[EV4.3] a reminder comes from a day before an event the member goes to (or might) until it starts, never for a cancelled one", () => {
    const since = 0;
    const remind = (more: Partial<ChapterEvent>, now: number) =>
      eventNotices([event("e", more)], me, since, now).filter((notice) => notice.reason === "reminder");
    expect(remind({ answers: going("going") }, START - REMINDER_BEFORE_MS - 1)).toEqual([]);
    expect(
      remind({ answers: going("going") }, START - 3_600_000).map((notice) => [notice.key, notice.at]),
    ).toEqual([["reminder e", START - REMINDER_BEFORE_MS]]);
    expect(remind({ answers: going("maybe") }, START - 1)).toHaveLength(1);
    expect(remind({ answers: going("not") }, START - 1)).toEqual([]);
    expect(remind({ answers: going("going"), cancelled: true }, START - 1)).toEqual([]);
    expect(remind({ answers: going("going") }, START)).toEqual([]);
  });
});
