import { describe, expect, it } from "vitest";
import { canonicalize, parseCanonical } from "./canonical.js";

describe("canonical JSON", () => {
  it("[R1.1] sorts members by UTF-16 code units", () => {
    expect(canonicalize({ b: 1, a: [true, null, "x"], A: {} })).toBe('{"A":{},"a":[true,null,"x"],"b":1}');
  });
  it("[R1.5] refuses bytes that are not the canonical form of what they parse to", () => {
    expect(() => parseCanonical('{"b":1,"a":2}')).toThrow(/canonical/);
    expect(() => parseCanonical('{"a":1,"a":1}')).toThrow(/canonical/);
    expect(() => parseCanonical("1.0")).toThrow(/canonical/);
  });
});
