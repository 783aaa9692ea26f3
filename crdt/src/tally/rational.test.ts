import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addRational, compareRational, fromFraction, mulRational, rational, shareAtLeast, toFraction } from "./rational.js";

const RUNS = { numRuns: 50 };
const anyRational = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 20n }))
  .map(([num, den]) => rational(num, den));

describe("exact rationals", () => {
  it("[T4] a rational is reduced, with a positive denominator, and zero is 0/1", () => {
    expect(rational(6, 9)).toEqual({ num: 2n, den: 3n });
    expect(rational(3, -6)).toEqual({ num: -1n, den: 2n });
    expect(rational(0, 7)).toEqual({ num: 0n, den: 1n });
  });

  it("[T4] a zero denominator or an unsafe number is refused", () => {
    expect(() => rational(1, 0)).toThrow(RangeError);
    expect(() => rational(0.5, 1)).toThrow(RangeError);
    expect(() => rational(2 ** 53, 1)).toThrow(RangeError);
    expect(() => fromFraction({ num: 1, den: 0 })).toThrow(RangeError);
    expect(() => toFraction(rational(2n ** 60n, 1n))).toThrow(RangeError);
  });

  it("[T4] comparison is exact where floating point division is not", () => {
    const a = rational(9007199254740990, 9007199254740991);
    const b = rational(9007199254740989, 9007199254740990);
    expect(9007199254740990 / 9007199254740991).toBe(9007199254740989 / 9007199254740990);
    expect(compareRational(a, b)).toBeGreaterThan(0);
    expect(compareRational(b, a)).toBeLessThan(0);
  });

  it("[T4] shares are compared by cross-multiplication: 2/3 is not at least 667/1000, 667/1000 is at least 2/3", () => {
    expect(shareAtLeast(2, 3, rational(667, 1000))).toBe(false);
    expect(shareAtLeast(667, 1000, rational(2, 3))).toBe(true);
    expect(shareAtLeast(200, 300, rational(2, 3))).toBe(true);
    expect(shareAtLeast(199, 300, rational(2, 3))).toBe(false);
    expect(shareAtLeast(0, 0, rational(1, 2))).toBe(true);
  });

  it("[T4] scaling numerator and denominator by the same factor gives the same rational", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (num, den, k) => {
        expect(rational(num * k, den * k)).toEqual(rational(num, den));
      }),
      RUNS,
    );
  });

  it("[T4] addition is commutative and associative, and adding preserves order", () => {
    fc.assert(
      fc.property(anyRational, anyRational, anyRational, (a, b, c) => {
        expect(addRational(a, b)).toEqual(addRational(b, a));
        expect(addRational(addRational(a, b), c)).toEqual(addRational(a, addRational(b, c)));
        expect(Math.sign(compareRational(addRational(a, c), addRational(b, c)))).toBe(Math.sign(compareRational(a, b)));
      }),
      RUNS,
    );
  });

  it("[T4] comparison is antisymmetric and multiplication by the inverse gives one", () => {
    fc.assert(
      fc.property(anyRational, anyRational, (a, b) => {
        expect(Math.sign(compareRational(a, b))).toBe(-Math.sign(compareRational(b, a)));
        if (a.num !== 0n) expect(mulRational(a, rational(a.den, a.num))).toEqual({ num: 1n, den: 1n });
      }),
      RUNS,
    );
  });
});
