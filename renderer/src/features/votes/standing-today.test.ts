import type { MemberKey } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { standingToday } from "./standing-today.js";

const key = (name: string) => `${name.repeat(43).slice(0, 43)}` as MemberKey;
const [ana, bo, cy, di] = ["a", "b", "c", "d"].map(key) as [MemberKey, MemberKey, MemberKey, MemberKey];

describe("good standing counted before a vote opens (PROTOCOL.md DU8.8)", () => {
  it("[DU8.4] [DU8.8] paid up to today or later is in good standing; paid up to yesterday or never paid is not, listed by member with the date", () => {
    const entries = [
      { member: di, weight: 1 },
      { member: ana, weight: 2 },
      { member: bo, weight: 1 },
      { member: cy, weight: 3 },
    ];
    const paidUp = new Map([
      [ana, "2026-12-07"],
      [bo, "2027-01-31"],
      [cy, "2026-12-06"],
    ]);
    expect(standingToday(entries, paidUp, "2026-12-07")).toEqual({
      members: 2,
      weight: 3,
      excluded: [
        { member: cy, weight: 3, paidUntil: "2026-12-06" },
        { member: di, weight: 1, paidUntil: null },
      ],
    });
    expect(standingToday(entries, new Map(), "2026-12-07")).toMatchObject({ members: 0, weight: 0 });
  });
});
