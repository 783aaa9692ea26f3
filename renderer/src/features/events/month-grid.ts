/**
 * The days of a month as a calendar shows them: weeks from Monday, each day with the events that
 * start on it on the viewer's clock. Pure; the device's zone is what `Date` uses.
 */
import type { ChapterEvent } from "@chapterhouse/crdt/events";

/** One day cell: its date (ms of its local midnight) and the events starting that day; null for the days before the 1st and after the last. */
export type MonthDay = {
  readonly day: number;
  readonly at: number;
  readonly events: readonly ChapterEvent[];
} | null;

/** The weeks (Monday first) of the month of `year`/`month` (0–11), each day with its events. Never throws. */
export function monthGrid(year: number, month: number, events: readonly ChapterEvent[]): MonthDay[][] {
  const first = new Date(year, month, 1);
  const days = new Date(year, month + 1, 0).getDate();
  const lead = (first.getDay() + 6) % 7;
  const cells: MonthDay[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) {
    const at = new Date(year, month, day).getTime();
    const next = new Date(year, month, day + 1).getTime();
    cells.push({ day, at, events: events.filter((event) => event.start >= at && event.start < next) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}
