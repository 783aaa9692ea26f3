import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeUnitPrefix } from "./code-unit-order.js";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// Strings of a few units, so that many share their first three; some above one byte and U+FFFF.
const text = fc.string({ unit: fc.constantFrom("a", "b", "é", "\uffff", "😀", "\ud800", "\u0000", "Z"), maxLength: 6 });

describe("code-unit order", () => {
  it("orders two strings as their prefixes when those differ, and they differ only if the first three units do", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const p = codeUnitPrefix(a);
        const q = codeUnitPrefix(b);
        if (p !== q) expect(Math.sign(p - q)).toBe(byText(a, b));
        else expect(a.slice(0, 3)).toBe(b.slice(0, 3));
      }),
      { numRuns: 500 },
    );
  });
});
