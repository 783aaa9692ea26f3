/**
 * What the map draws from the organisation (MAP1): its chapters that have a place (M4.1, integer
 * microdegrees, here as decimal degrees) and its events at an address with a map point (EV1.2).
 * Pure; never throws.
 */
import type { ChapterEvent } from "@chapterhouse/crdt/events";
import type { Roster } from "@chapterhouse/crdt/membership";
import type { PlacedChapter } from "./nearest-chapter.js";

/** The chapters of `roster` that have a place, by name then id. */
export function placedChapters(roster: Roster): PlacedChapter[] {
  const out: PlacedChapter[] = [];
  for (const chapter of roster.chapters.values()) {
    if (chapter.place !== null) out.push({ id: chapter.id, name: chapter.name, lat: chapter.place.lat / 1_000_000, lon: chapter.place.lon / 1_000_000 });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : 1));
}

/** The events of `events` at an address with a map point, in decimal degrees; cancelled ones left out. */
export function placedEvents(events: readonly ChapterEvent[]): (ChapterEvent & { readonly lat: number; readonly lon: number })[] {
  return events.flatMap((event) => (event.place.type === "address" && event.place.point !== null && !event.cancelled ? [{ ...event, lat: event.place.point.lat / 1_000_000, lon: event.place.point.lon / 1_000_000 }] : []));
}
