import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventsCalendar, icsDateTime } from "./event-ics.js";
import { escapeIcsText, foldIcsLine } from "./ics-text.js";
import type { ChapterEvent } from "./judge-events.js";

const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../../vectors/events/${name}`, import.meta.url), "utf8")) as T;

interface TextVectors {
  readonly escape: readonly { note: string; text: string; escaped: string }[];
  readonly fold: readonly { note: string; line: string; folded: string }[];
}
const text = read<TextVectors>("ics-text.json");
const feed = read<{ words: { name: string; host: string }; events: ChapterEvent[]; calendar: string }>("calendar.json");
const octets = (line: string) => new TextEncoder().encode(line).length;

describe("iCalendar export (crdt/vectors/events)", () => {
  it.each(text.escape)("[EV6.1] TEXT is escaped as RFC 5545 §3.3.11 says — $note", ({ text: value, escaped }) => {
    expect(escapeIcsText(value)).toBe(escaped);
  });

  it.each(text.fold)("[EV6.1] a content line is folded as RFC 5545 §3.1 says — $note", ({ line, folded }) => {
    expect(foldIcsLine(line)).toBe(folded);
    const lines = folded.split("\r\n").slice(0, -1);
    for (const part of lines) expect(octets(part)).toBeLessThanOrEqual(75);
    // Unfolding (§3.1: remove each CRLF followed by one space) gives the line back.
    expect(folded.replace(/\r\n /g, "").replace(/\r\n$/, "")).toBe(line);
  });

  it("[EV6.2] a chapter's feed of three events gives the known calendar, byte for byte", () => {
    expect(eventsCalendar(feed.events, feed.words)).toBe(feed.calendar);
  });

  it("[EV6.2] times are written in UTC to the second, whatever zone the event was set in", () => {
    expect(icsDateTime(Date.UTC(2026, 11, 10, 18, 0, 0, 999))).toBe("20261210T180000Z");
    expect(icsDateTime(0)).toBe("19700101T000000Z");
  });
});
