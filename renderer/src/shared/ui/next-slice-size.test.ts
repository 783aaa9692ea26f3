import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextSliceSize } from "./next-slice-size.js";

describe("nextSliceSize", () => {
  it("[A11Y4] fits the rows the last slice's pace allows in the budget, between the first slice's size and four times the last", () => {
    // 100 rows in 5 ms: 500 fit in 25 ms, but a slice grows at most fourfold.
    expect(nextSliceSize(100, 5, 25, 100)).toBe(400);
    // 100 rows in 10 ms: 250 fit.
    expect(nextSliceSize(100, 10, 25, 100)).toBe(250);
    // 400 rows in 40 ms: 250 fit (a slice also shrinks).
    expect(nextSliceSize(400, 40, 25, 100)).toBe(250);
    // A slow machine: 100 rows in 60 ms keep the first slice's size.
    expect(nextSliceSize(100, 60, 25, 100)).toBe(100);
    // A slice measured at no time (a coarse clock) grows fourfold; a last slice smaller than the first counts as the first.
    expect(nextSliceSize(100, 0, 25, 100)).toBe(400);
    expect(nextSliceSize(10, 1, 25, 100)).toBe(100);
  });

  it("[A11Y4] never leaves the bounds, and a slower pace never gives a bigger slice", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 1, max: 500 }), (rows, a, b, least) => {
        const [quick, slow] = a <= b ? [a, b] : [b, a];
        const size = nextSliceSize(rows, quick, 25, least);
        expect(Number.isInteger(size)).toBe(true);
        expect(size).toBeGreaterThanOrEqual(least);
        expect(size).toBeLessThanOrEqual(Math.max(least, rows * 4));
        expect(nextSliceSize(rows, slow, 25, least)).toBeLessThanOrEqual(size);
      }),
      { numRuns: 200 },
    );
  });
});
