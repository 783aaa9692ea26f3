import fc from "fast-check";
import { describe, expect, it } from "vitest";
import vectors from "../../vectors/canonical/jcs.json" with { type: "json" };
import { CanonicalError, canonicalize, parseCanonical } from "./canonical.js";

describe("canonical JSON", () => {
  it.each(vectors.canonical)("[R1.1] [R1.2] gives the RFC 8785 reference output for $name", ({ input, output }) => {
    expect(canonicalize(JSON.parse(input))).toBe(output);
    expect(parseCanonical(output)).toEqual(JSON.parse(input));
  });

  it.each(vectors.canonical)("[R1.5] refuses the non-canonical input text of $name", ({ input }) => {
    expect(() => parseCanonical(input)).toThrow(CanonicalError);
  });

  it.each(vectors.refused)("[R1.5] refuses $name", ({ text }) => {
    expect(() => parseCanonical(text)).toThrow(CanonicalError);
  });

  it("[R1.3] refuses to encode floats, -0 and unsafe integers", () => {
    for (const value of [0.5, -0, 2 ** 53, NaN, Infinity]) expect(() => canonicalize(value)).toThrow(CanonicalError);
    expect(canonicalize(2 ** 53 - 1)).toBe("9007199254740991");
  });

  it("[R1.2] refuses lone surrogates in strings and member names", () => {
    expect(() => canonicalize("\ud800")).toThrow(/surrogate/);
    expect(() => canonicalize({ "\udc00": 1 })).toThrow(/surrogate/);
  });

  it("[R1.6] refuses nesting deeper than 32 levels", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 33; i++) deep = [deep];
    expect(() => canonicalize(deep)).toThrow(/deeper/);
    expect(() => parseCanonical("[".repeat(5000) + "]".repeat(5000))).toThrow(CanonicalError);
  });

  it("[R1.6] depth counts arrays and objects: 33 empty arrays are refused like 33 arrays around a number", () => {
    const around = (n: number, inner: unknown): unknown => (n === 0 ? inner : [around(n - 1, inner)]);
    const text = (n: number, inner = "") => "[".repeat(n) + inner + "]".repeat(n);
    expect(canonicalize(around(31, []))).toBe(text(32));
    expect(canonicalize(around(32, 1))).toBe(text(32, "1"));
    expect(canonicalize(around(31, {}))).toBe(text(31, "{}"));
    for (const value of [around(32, []), around(33, 1), around(32, {})]) expect(() => canonicalize(value)).toThrow(/nested deeper than 32/);
    expect(parseCanonical(text(32))).toEqual(around(31, []));
    for (const refused of [text(33), text(33, "1")]) expect(() => parseCanonical(refused)).toThrow(/nested deeper than 32/);
  });

  it("[R1.4] a duplicate member name is refused by the reader, whatever follows", () => {
    expect(() => parseCanonical('{"a":1,"a":1}')).toThrow(/duplicate member name "a"/);
  });

  it("[R1.4] refuses non-plain objects and undefined members", () => {
    expect(() => canonicalize(new Date(0))).toThrow(/plain/);
    expect(() => canonicalize({ a: undefined })).toThrow(/undefined/);
  });

  // The reference writer of R1.1–R1.3, written plainly: members sorted by code units, strings and
  // integers as JSON.stringify writes them. canonicalize must write what it writes, byte for byte,
  // whether the members come in order (written by the engine) or not (sorted first).
  const reference = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(reference).join(",")}]`;
    if (typeof value === "object" && value !== null) {
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${keys.map((key) => `${JSON.stringify(key)}:${reference(object[key])}`).join(",")}}`;
    }
    return JSON.stringify(value);
  };
  const canonicalValue = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small" }, fc.constant(null), fc.boolean(), fc.maxSafeInteger(), fc.string({ unit: "grapheme" }), tie("array"), tie("object")),
    array: fc.array(tie("value"), { maxLength: 4 }),
    object: fc.dictionary(fc.oneof(fc.string({ unit: "grapheme", maxLength: 3 }), fc.constantFrom("10", "9", "0", "__proto__")), tie("value"), { maxKeys: 5 }),
  })).value;

  it("[R1.1] writes every value as the plain reference writer does, its members in order or not", () => {
    fc.assert(
      fc.property(canonicalValue, (value) => {
        expect(canonicalize(value)).toBe(reference(value));
      }),
      { numRuns: 200 },
    );
  });

  it("[R1.1] members named like numbers (held by objects in numeric order) are written in code-unit order", () => {
    expect(canonicalize({ a: [{ 9: 1, 10: 2 }] })).toBe('{"a":[{"10":2,"9":1}]}');
    expect(canonicalize(JSON.parse('{"__proto__":{"y":1,"x":2},"a":0}'))).toBe('{"__proto__":{"x":2,"y":1},"a":0}');
  });

  it("[R1.2] [R1.3] the first fault in canonical order is the one named, members in order or not", () => {
    expect(() => canonicalize({ b: 0.5, a: -0 })).toThrow(/-0 is not allowed/);
    expect(() => canonicalize({ a: [1, "\ud800"], b: { d: 1, c: undefined } })).toThrow(/lone surrogate/);
    expect(() => canonicalize({ b: { d: 1, c: undefined }, a: [1, 2] })).toThrow(/member "c" is undefined/);
    expect(() => canonicalize([{ b: 1, a: 1n }])).toThrow(/bigint cannot be encoded/);
  });
});
