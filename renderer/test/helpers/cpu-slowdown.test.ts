import { describe, expect, it } from "vitest";
import { cpuSlowdown } from "./cpu-slowdown.js";

describe("cpuSlowdown", () => {
  it("is the number CHAPTERHOUSE_CPU_SLOWDOWN names when above 1", () => {
    expect(cpuSlowdown({ CHAPTERHOUSE_CPU_SLOWDOWN: "4" })).toBe(4);
    expect(cpuSlowdown({ CHAPTERHOUSE_CPU_SLOWDOWN: "2.5" })).toBe(2.5);
  });

  it("is 1 (full speed) when unset, not a number, or not above 1", () => {
    for (const value of [undefined, "", "fast", "1", "0.5", "-3", "Infinity"]) expect(cpuSlowdown({ CHAPTERHOUSE_CPU_SLOWDOWN: value })).toBe(1);
  });
});
