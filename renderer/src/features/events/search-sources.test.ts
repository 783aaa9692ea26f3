import type { ChapterEvent } from "@chapterhouse/crdt/events";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { eventSearchItems } from "./search-sources.js";

const north = "north" as ChapterId;
const event = (id: string, title: string, changes: Partial<ChapterEvent> = {}): ChapterEvent => ({
  id: id as RecordId,
  chapter: north,
  title,
  description: "Bring a chair",
  start: 1_700_000_000_000,
  end: 1_700_003_600_000,
  zone: "Europe/Madrid",
  place: { type: "address", address: "Calle Mayor 1", point: null },
  capacity: null,
  organiser: "alice" as MemberKey,
  created: 1_690_000_000_000,
  updated: 1_695_000_000_000,
  updates: 1,
  cancelled: false,
  answers: [],
  going: [],
  waiting: [],
  maybe: [],
  not: [],
  ...changes,
});

describe("what events give search (issue 12 item 8)", () => {
  it("[SEARCH4] an event is found by its title, description and address; a cancelled event is left out", () => {
    const items = eventSearchItems([event("e1", "Tenants' meeting"), event("e2", "Picnic", { cancelled: true }), event("e3", "Online training", { place: { type: "online", link: "https://meet.example" } })], "Org");
    expect(items).toEqual([
      { key: "e1", kind: "event", chapter: north, title: "Tenants' meeting", text: "Bring a chair\nCalle Mayor 1", href: "#/org/Org/chapter/north/event/e1", at: 1_695_000_000_000 },
      { key: "e3", kind: "event", chapter: north, title: "Online training", text: "Bring a chair", href: "#/org/Org/chapter/north/event/e3", at: 1_695_000_000_000 },
    ]);
  });
});
