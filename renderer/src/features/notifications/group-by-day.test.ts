import { describe, expect, it } from "vitest";
import { groupByDay } from "./group-by-day.js";

const DAY = 86_400_000;
/** Days in UTC, so the test means the same in every time zone. */
const utcDay = (at: number) => Math.floor(at / DAY) * DAY;

describe("groupByDay", () => {
  it("[NOTE5] the list is grouped by day, the latest day first and the latest first within a day", () => {
    const items = [
      { key: "a", at: DAY + 10 },
      { key: "b", at: 2 * DAY + 5 },
      { key: "c", at: DAY + 20 },
      { key: "d", at: 2 * DAY + 1 },
    ];
    expect(groupByDay(items, utcDay).map(({ day, items: of }) => [day, of.map((item) => item.key)])).toEqual([
      [2 * DAY, ["b", "d"]],
      [DAY, ["c", "a"]],
    ]);
  });

  it("[NOTE5] at equal times the order is by key, the same on every device and whatever the sources' order", () => {
    const forward = groupByDay([{ key: "x", at: 5 }, { key: "m", at: 5 }], utcDay);
    const backward = groupByDay([{ key: "m", at: 5 }, { key: "x", at: 5 }], utcDay);
    expect(forward).toEqual(backward);
    expect(forward[0]?.items.map((item) => item.key)).toEqual(["m", "x"]);
  });

  it("[NOTE5] nothing gives no days", () => {
    expect(groupByDay([], utcDay)).toEqual([]);
  });
});
