import { taskOverdue } from "@chapterhouse/crdt/projects";
import { describe, expect, it } from "vitest";
import { todayDay } from "./today-day.js";

describe("today on the member's calendar (PJ6.4)", () => {
  it("[PJ6.4] today is the local calendar's day, so a task due yesterday is overdue from local midnight", () => {
    const lateEvening = new Date(2026, 11, 7, 23, 30);
    expect(todayDay(lateEvening)).toBe("2026-12-07");
    expect(todayDay(new Date(2026, 0, 5, 0, 0))).toBe("2026-01-05");
    expect(taskOverdue({ due: "2026-12-06", status: "doing" }, todayDay(lateEvening))).toBe(true);
  });
});
