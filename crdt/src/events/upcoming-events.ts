/**
 * Which events are upcoming (PROTOCOL.md EV4.3): those not yet over at `now`, soonest first; a
 * cancelled one stays listed (shown as cancelled) so no member misses the news. Never throws.
 */
import type { ChapterEvent } from "./judge-events.js";

/** The events of `events` whose end is after `now` (ms since the epoch), by start, then id. */
export function upcomingEvents(events: readonly ChapterEvent[], now: number): ChapterEvent[] {
  return events.filter((event) => event.end > now).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}
