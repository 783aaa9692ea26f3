import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeUnitRanks } from "./id-ranks.js";

/** Strings sharing their first code units often, some beyond ASCII, some repeated. */
const texts = fc.array(fc.array(fc.constantFrom("a", "b", "A", "_", "-", "0", "é", "\uffff", "\ud800", "\udc00"), { maxLength: 6 }).map((units) => units.join("")), { maxLength: 40 });

describe("code-unit ranks", () => {
  it("[M2.3] place each string where a stable sort by UTF-16 code units puts it", () => {
    fc.assert(
      fc.property(texts, (given) => {
        const ranks = codeUnitRanks(given);
        const expected = given.map((text, i) => ({ text, i })).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.i - b.i));
        const placed = new Array<number>(given.length);
        expected.forEach((entry, place) => (placed[entry.i] = place));
        expect([...ranks]).toEqual(placed);
      }),
      { numRuns: 300 },
    );
  });
});
