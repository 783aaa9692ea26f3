import type { ChapterEvent } from "@chapterhouse/crdt/events";
import { describe, expect, it } from "vitest";
import { monthGrid } from "./month-grid.js";

const event = (id: string, start: number) => ({ id, start }) as unknown as ChapterEvent;

describe("the month view", () => {
  it("[EV4.3] a month is whole weeks from Monday, each event on the day it starts on the viewer's clock", () => {
    // December 2026 starts on a Tuesday and has 31 days.
    const on10th = event("a", new Date(2026, 11, 10, 18).getTime());
    const nextMonth = event("b", new Date(2027, 0, 1, 0, 30).getTime());
    const weeks = monthGrid(2026, 11, [on10th, nextMonth]);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]![0]).toBeNull();
    expect(weeks[0]![1]?.day).toBe(1);
    const days = weeks.flat().filter((day) => day !== null);
    expect(days).toHaveLength(31);
    expect(days.find((day) => day.day === 10)?.events).toEqual([on10th]);
    expect(days.flatMap((day) => day.events)).toEqual([on10th]);
  });
});
