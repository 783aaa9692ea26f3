import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactJsonError, JsonNumber, MAX_JSON_DEPTH, parseExactJson, type ExactJson } from "./exact-json.js";

/** Numbers back to floats, to compare with JSON.parse. */
function asFloats(value: ExactJson): unknown {
  if (value instanceof JsonNumber) return Number(value.text);
  if (Array.isArray(value)) return value.map(asFloats);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asFloats(v)]));
  return value;
}

describe("exact JSON reader", () => {
  it("[T18.3] keeps every number as the text it was written with", () => {
    expect(parseExactJson(' {"q": 0.667, "n": [1, -2e+3, 0.10]} ')).toEqual({
      q: new JsonNumber("0.667"),
      n: [new JsonNumber("1"), new JsonNumber("-2e+3"), new JsonNumber("0.10")],
    });
  });

  it("[T18.2] reads what JSON.parse reads", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(asFloats(parseExactJson(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 50 },
    );
    expect(parseExactJson('"\\u00e9\\n\\/\\"\\\\"')).toBe('é\n/"\\');
  });

  it("[T18.2] refuses duplicate member names, which JSON.parse would resolve silently", () => {
    expect(() => parseExactJson('{"a":1,"a":2}')).toThrow(/duplicate member name "a" at offset 7/);
  });

  it("[T18.2] a member named __proto__ stays an ordinary member", () => {
    const value = parseExactJson('{"__proto__": {"x": true}}') as { [name: string]: ExactJson };
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("[T18.2] refuses text that is not exactly one JSON value", () => {
    for (const text of ["", " ", "{", "[1,]", '{"a":1,}', "01", "1.", ".5", "+1", "NaN", "tru", "'a'", '"a\tb"', '"\\x"', '"\\u12"', "1 2", "{a:1}", "\uFEFF1"]) {
      expect(() => parseExactJson(text), JSON.stringify(text)).toThrow(ExactJsonError);
    }
  });

  it("[T18.2] refuses nesting deeper than the limit instead of overflowing the stack", () => {
    expect(parseExactJson("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH))).toBeDefined();
    expect(() => parseExactJson("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1))).toThrow(/nested deeper/);
    expect(() => parseExactJson("[".repeat(100_000))).toThrow(/nested deeper/);
  });
});
