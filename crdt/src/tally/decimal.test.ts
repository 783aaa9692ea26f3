import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rationalFromDecimal } from "./decimal.js";
import { rational } from "./rational.js";

describe("exact decimal reading", () => {
  it("[T18.3] a decimal is read from its digits, not through a float", () => {
    expect(rationalFromDecimal("0.667")).toEqual(rational(667, 1000));
    expect(rationalFromDecimal("0.1")).toEqual(rational(1, 10));
    expect(rationalFromDecimal("0.5")).toEqual(rational(1, 2));
    expect(rationalFromDecimal("0.6666666666666666666666")).toEqual(rational(6666666666666666666666n, 10n ** 22n));
    expect(rationalFromDecimal("1")).toEqual(rational(1));
    expect(rationalFromDecimal("0")).toEqual(rational(0));
    expect(rationalFromDecimal("-0.25")).toEqual(rational(-1, 4));
  });

  it("[T18.3] exponents are applied exactly, leading zeros in them allowed", () => {
    expect(rationalFromDecimal("6.67e-1")).toEqual(rational(667, 1000));
    expect(rationalFromDecimal("5E+0")).toEqual(rational(5));
    expect(rationalFromDecimal("25e-2")).toEqual(rational(1, 4));
    expect(rationalFromDecimal("1e0000002")).toEqual(rational(100));
  });

  it("[T18.3] text that is not a JSON number is refused", () => {
    for (const text of ["01", ".5", "1.", "+1", "0x10", "NaN", "1e", "", " 1", "1_000"]) {
      expect(() => rationalFromDecimal(text), text).toThrow(SyntaxError);
    }
  });

  it("[T18.3] an exponent beyond the bound is refused before any big arithmetic", () => {
    expect(() => rationalFromDecimal("1e401")).toThrow(RangeError);
    expect(() => rationalFromDecimal("1e-99999999999")).toThrow(RangeError);
    expect(() => rationalFromDecimal("0.5e-400")).toThrow(RangeError);
  });

  it("[T18.3] whole.digits reads as (whole × 10^k + digits) / 10^k", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.stringMatching(/^[0-9]{1,12}$/), (whole, digits) => {
        const expected = rational(BigInt(whole) * 10n ** BigInt(digits.length) + BigInt(digits), 10n ** BigInt(digits.length));
        expect(rationalFromDecimal(`${whole}.${digits}`)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});
