import { describe, expect, it } from "vitest";
import {
  barWidth,
  formatCount,
  formatCountOf,
  formatFraction,
  formatPercent,
  weightNeededForQuorum,
} from "./format-number.js";

describe("format-number", () => {
  it("[T4] shows exact integers with thousands separators, never as decimals", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(4_294_967_295)).toBe("4,294,967,295");
  });

  it("[T4] rounds percentages to whole percent for display, half up, with no long decimals", () => {
    expect(formatPercent(2, 3)).toBe("67%");
    expect(formatPercent(1, 3)).toBe("33%");
    expect(formatPercent(1, 8)).toBe("13%");
    expect(formatPercent(1, 2)).toBe("50%");
    expect(formatPercent(3, 3)).toBe("100%");
    expect(formatPercent(0, 3)).toBe("0%");
  });

  it("[T4] never rounds a non-zero part to 0% or a part short of the whole to 100%", () => {
    expect(formatPercent(1, 1000)).toBe("<1%");
    expect(formatPercent(999, 1000)).toBe(">99%");
    expect(formatPercent(5, 0)).toBe("–");
  });

  it("[R1.3] writes a fraction as on the record, with its rounded percentage", () => {
    expect(formatFraction({ num: 2, den: 3 })).toBe("2/3 (67%)");
    expect(formatFraction({ num: 1, den: 1 })).toBe("all (100%)");
    expect(formatFraction({ num: 0, den: 1 })).toBe("0%");
  });

  it("[T5.2] finds the least weight that meets a quorum, met at exactly the fraction, beyond 2^53 products", () => {
    expect(weightNeededForQuorum({ num: 1, den: 2 }, 10)).toBe(5);
    expect(weightNeededForQuorum({ num: 1, den: 3 }, 10)).toBe(4);
    expect(weightNeededForQuorum({ num: 0, den: 1 }, 10)).toBe(0);
    // num × total passes 2^53 here; a float would round it.
    expect(
      weightNeededForQuorum({ num: 9_007_199_254_740_990, den: 9_007_199_254_740_991 }, 4_294_967_295),
    ).toBe(4_294_967_295);
  });

  it('says one member, never "1 members", and groups thousands in the plural', () => {
    expect(formatCountOf(1, "member", "members")).toBe("1 member");
    expect(formatCountOf(0, "member", "members")).toBe("0 members");
    expect(formatCountOf(12_345, "ballot", "ballots")).toBe("12,345 ballots");
  });

  it("clamps bar widths to 0…100%", () => {
    expect(barWidth(1, 3)).toBe("33.3%");
    expect(barWidth(5, 4)).toBe("100%");
    expect(barWidth(0, 0)).toBe("0%");
  });
});
