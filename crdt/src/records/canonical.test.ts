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
});
