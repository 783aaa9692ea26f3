import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonNumber, MAX_JSON_DEPTH, parseStrictJson, StrictJsonError, type StrictJson } from "./strict-json.js";

type ExactJson = StrictJson<JsonNumber>;
const exact = { maxDepth: 64, number: (text: string) => new JsonNumber(text) };
const parseExactJson = (text: string): ExactJson => parseStrictJson(text, exact);

/** Numbers back to floats, to compare with JSON.parse. */
function asFloats(value: ExactJson): unknown {
  if (value instanceof JsonNumber) return Number(value.text);
  if (Array.isArray(value)) return value.map(asFloats);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asFloats(v)]));
  return value;
}

describe("strict JSON reader", () => {
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
      expect(() => parseExactJson(text), JSON.stringify(text)).toThrow(StrictJsonError);
    }
  });

  it("[T18.2] refuses nesting deeper than the limit instead of overflowing the stack", () => {
    expect(parseExactJson("[".repeat(64) + "]".repeat(64))).toBeDefined();
    expect(() => parseExactJson("[".repeat(65) + "]".repeat(65))).toThrow(/nested deeper than 64/);
    expect(() => parseExactJson("[".repeat(100_000))).toThrow(/nested deeper/);
  });

  it("[R1.2] reads every string, lone surrogates and escapes included, as JSON.parse does; refuses exactly the texts it refuses", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const text = JSON.stringify({ [value]: [value] });
        expect(parseStrictJson(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 12 }), (body) => {
        const text = `"${body}"`;
        let expected: unknown;
        try {
          expected = JSON.parse(text);
        } catch {
          expect(() => parseStrictJson(text)).toThrow(StrictJsonError);
          return;
        }
        expect(parseStrictJson(text)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("[R1.6] depth counts arrays and objects only: 32 containers pass, 33 are refused, empty or around a number alike", () => {
    const nest = (n: number, inner: string) => "[".repeat(n) + inner + "]".repeat(n);
    expect(MAX_JSON_DEPTH).toBe(32);
    expect(parseStrictJson(nest(32, ""))).toBeDefined();
    expect(parseStrictJson(nest(32, "1"))).toBeDefined();
    expect(parseStrictJson(nest(30, '{"a":{}}'))).toBeDefined();
    for (const text of [nest(33, ""), nest(33, "1"), nest(32, "{}"), nest(31, '{"a":[]}')]) {
      expect(() => parseStrictJson(text), text).toThrow(/nested deeper than 32/);
    }
  });

  it("[R1.4] refuses a duplicate member name at any depth, before reading further", () => {
    expect(() => parseStrictJson('{"a":{"b":1,"c":2,"b":3}}')).toThrow(/duplicate member name "b" at offset 18/);
    expect(() => parseStrictJson('[{"x":1},{"x":1,"x":1}]')).toThrow(StrictJsonError);
    expect(parseStrictJson('[{"x":1},{"x":2}]')).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it("[R1.2] reads escapes and lone surrogates exactly as JSON.parse does", () => {
    for (const text of [String.raw`"\ud800"`, '"\ud800"', String.raw`{"\udc00x":"\"\\\""}`, String.raw`"text with \u00e9 and \n"`, String.raw`"\\\\"`, String.raw`"a\\\"b"`]) {
      expect(parseStrictJson(text), text).toEqual(JSON.parse(text));
    }
    for (const text of [String.raw`"\\"x"`, String.raw`"\"`, '"a\tb"', String.raw`"\x"`]) expect(() => parseStrictJson(text), text).toThrow(StrictJsonError);
  });
});
