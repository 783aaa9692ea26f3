import { describe, expect, it } from "vitest";
import { optionId, optionLines, optionsFromLines } from "./option-lines.js";

const OPTION_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

describe("options typed one per line", () => {
  it("[P3] makes ids matching the option-id pattern from any label", () => {
    for (const label of ["Café Oslo!", "  --  ", "Ünïcödé ✓ 2026", "x".repeat(300), "a-".repeat(80)])
      expect(optionId(label)).toMatch(OPTION_ID);
    expect(optionId("Café Oslo!")).toBe("cafe-oslo");
  });

  it("[P3] drops blank and repeated lines and makes ids distinct", () => {
    expect(optionsFromLines("Monday\n\n  Friday \nMonday\nmonday", [])).toEqual([
      { id: "monday", label: "Monday" },
      { id: "friday", label: "Friday" },
      { id: "monday-2", label: "monday" },
    ]);
  });

  it("[P5.1] keeps the previous version's id for an unchanged label, so an amendment's option stays itself", () => {
    const previous = [{ id: "opt-a", label: "Green" }];
    expect(optionsFromLines(`Blue\n${optionLines(previous)}`, previous)).toEqual([
      { id: "blue", label: "Blue" },
      { id: "opt-a", label: "Green" },
    ]);
  });
});
