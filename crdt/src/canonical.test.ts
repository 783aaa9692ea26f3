import { describe, expect, it } from "vitest";
import vectors from "../vectors/canonical/jcs.json" with { type: "json" };
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

  it("[R1.4] refuses non-plain objects and undefined members", () => {
    expect(() => canonicalize(new Date(0))).toThrow(/plain/);
    expect(() => canonicalize({ a: undefined })).toThrow(/undefined/);
  });
});
