import type { ChapterId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { eventFields, type EventInput } from "./event-input.js";
import { EventProblem } from "./event-problem.js";

const chapter = "c".repeat(43) as ChapterId;
const input: EventInput = {
  title: " Garden day ",
  description: "Bring gloves.",
  start: "2026-12-10T18:00",
  end: "2026-12-10T20:00",
  zone: "Europe/Madrid",
  where: "address",
  address: "Calle Mayor 1",
  lat: "40.416775",
  lon: "-3.70379",
  link: "",
  capacity: "30",
};

const refusal = (more: Partial<EventInput>) => {
  try {
    eventFields(chapter, { ...input, ...more });
  } catch (problem) {
    if (problem instanceof EventProblem) return [problem.code, problem.message];
    throw problem;
  }
  return undefined;
};

describe("the event form's input", () => {
  it("[EV1] what the organiser types becomes an event's members: times on the event's clock, a map point in microdegrees", () => {
    expect(eventFields(chapter, input)).toEqual({
      chapter,
      title: "Garden day",
      description: "Bring gloves.",
      start: Date.UTC(2026, 11, 10, 17),
      end: Date.UTC(2026, 11, 10, 19),
      zone: "Europe/Madrid",
      place: { type: "address", address: "Calle Mayor 1", point: { lat: 40_416_775, lon: -3_703_790 } },
      capacity: 30,
    });
    expect(eventFields(chapter, { ...input, where: "host", capacity: "" })).toMatchObject({
      place: { type: "host" },
      capacity: null,
    });
  });

  it("[EV5] an end before its start is refused with a clear error", () => {
    expect(refusal({ end: "2026-12-10T17:00" })).toEqual([
      "end-before-start",
      "The end must be after the start.",
    ]);
    expect(refusal({ end: "2026-12-10T18:00" })).toEqual([
      "end-before-start",
      "The end must be after the start.",
    ]);
  });

  it("[EV5] a time zone that does not exist is refused with a clear error", () => {
    expect(refusal({ zone: "Europe/Atlantis" })).toEqual([
      "unknown-zone",
      "Time zone Europe/Atlantis does not exist.",
    ]);
  });

  it("[EV5] a missing time, a map point off the globe and a link that is not a web address are refused, each saying why", () => {
    expect(refusal({ start: "" })?.[0]).toBe("no-time");
    expect(refusal({ lat: "95", lon: "0" })?.[0]).toBe("no-point");
    expect(refusal({ where: "online", link: "meet me" })).toEqual([
      "not-signable",
      "This cannot be signed: place.link is not an http or https address.",
    ]);
    expect(refusal({ title: "" })?.[0]).toBe("not-signable");
  });
});
