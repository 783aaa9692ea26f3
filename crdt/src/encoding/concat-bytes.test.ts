import { describe, expect, it } from "vitest";
import { concatBytes } from "./concat-bytes.js";

describe("concatBytes", () => {
  it("puts the parts one after another in a new array, empty parts included", () => {
    const first = Uint8Array.of(1, 2);
    const joined = concatBytes([first, new Uint8Array(0), Uint8Array.of(3)]);
    expect([...joined]).toEqual([1, 2, 3]);
    joined[0] = 9;
    expect(first[0]).toBe(1);
    expect(concatBytes([]).length).toBe(0);
  });

  it("reads each part from its own offset in a shared buffer", () => {
    const buffer = Uint8Array.of(0, 1, 2, 3, 4, 5);
    expect([...concatBytes([buffer.subarray(4, 6), buffer.subarray(1, 3)])]).toEqual([4, 5, 1, 2]);
  });
});
