import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortByCodeUnits } from "./id-ranks.js";

// sortByCodeUnits packs each id's first code units into a number (issue 15): its order must be
// exactly a stable sort by code units, for ids of any length and any code units, ties and repeats
// included. The report sorts its lines by id with it (V9.4).
const sortById = <T extends { readonly id: string }>(lines: T[]): T[] => sortByCodeUnits(lines, (line) => line.id);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Code units that sit at the packing's edges: 0, 126, 127, 128, surrogates, the largest; few, so that ids share prefixes. */
const unit = fc.constantFrom("\u0000", "a", "~", "\u007f", "\u0080", "\ud83d", "\ude00", "\uffff");
const id = fc.oneof(fc.array(unit, { maxLength: 8 }).map((units) => units.join("")), fc.string({ unit: "binary", maxLength: 12 }));
const order = (lines: readonly { readonly n: number }[]) => lines.map((line) => line.n);

describe("sortByCodeUnits", () => {
  it("[V9.4] sorts lines as a stable sort by id in code unit order does", () => {
    fc.assert(
      fc.property(fc.array(id, { minLength: 60, maxLength: 300 }), (ids) => {
        const lines = ids.map((value, n) => ({ id: value, n }));
        const expected = [...lines].sort((a, b) => byText(a.id, b.id));
        expect(order(sortById([...lines]))).toEqual(order(expected));
      }),
      { numRuns: 200 },
    );
  });

  it("[V9.4] sorts 20,000 base64url ids as code units do", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const lines = Array.from({ length: 20_000 }, (_, n) => ({ id: Array.from({ length: 43 }, () => alphabet[next() % 64]).join(""), n }));
    const expected = [...lines].sort((a, b) => byText(a.id, b.id));
    expect(order(sortById(lines))).toEqual(order(expected));
  });
});
