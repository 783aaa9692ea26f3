/**
 * Events as iCalendar (RFC 5545; PROTOCOL.md EV6): one event's .ics file, and a chapter's feed, a
 * calendar of its events a calendar app can subscribe to. Times are written in UTC (§3.3.5 form 2),
 * so no VTIMEZONE is needed; the same events give the same bytes on every device. Never throws.
 */
import type { ChapterEvent } from "./judge-events.js";
import { escapeIcsText, foldIcsLine } from "./ics-text.js";

/** The words a calendar needs from the app: its name, and how the meeting host is named as a place. */
export interface IcsWords {
  /** The calendar's name (X-WR-CALNAME), e.g. the chapter's name. */
  readonly name: string;
  /** LOCATION of an event held at the meeting host (EV1.2). */
  readonly host: string;
}

/** The product writing the calendar (§3.7.3). */
export const ICS_PRODUCT = "-//Chapterhouse//Events//EN";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** An instant as an iCalendar UTC date-time, e.g. 20261210T180000Z (§3.3.5); milliseconds are dropped. */
export function icsDateTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** Microdegrees as decimal degrees with six decimals (GEO, §3.8.1.6). */
function degrees(micro: number): string {
  const sign = micro < 0 ? "-" : "";
  const abs = Math.abs(micro);
  return `${sign}${Math.floor(abs / 1_000_000)}.${pad(abs % 1_000_000, 6)}`;
}

/** The content lines of one VEVENT (§3.6.1), unfolded. */
function eventLines(event: ChapterEvent, words: IcsWords): string[] {
  const { place } = event;
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.id}@chapterhouse`,
    `DTSTAMP:${icsDateTime(event.updated)}`,
    `CREATED:${icsDateTime(event.created)}`,
    `LAST-MODIFIED:${icsDateTime(event.updated)}`,
    `SEQUENCE:${event.updates}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
  ];
  if (event.description !== "") lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (place.type === "address") {
    lines.push(`LOCATION:${escapeIcsText(place.address)}`);
    if (place.point !== null) lines.push(`GEO:${degrees(place.point.lat)};${degrees(place.point.lon)}`);
  } else if (place.type === "online") {
    lines.push(`LOCATION:${escapeIcsText(place.link)}`, `URL:${place.link}`);
  } else {
    lines.push(`LOCATION:${escapeIcsText(words.host)}`);
  }
  lines.push(`STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT");
  return lines;
}

/**
 * A calendar of `events` (one for an event's own file, all of a chapter's for its feed), folded
 * and CRLF-terminated (§3.1), in the order given.
 */
export function eventsCalendar(events: readonly ChapterEvent[], words: IcsWords): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${ICS_PRODUCT}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(words.name)}`,
    ...events.flatMap((event) => eventLines(event, words)),
    "END:VCALENDAR",
  ];
  return lines.map(foldIcsLine).join("");
}
