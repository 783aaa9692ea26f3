import { describe, expect, it } from "vitest";
import { isAcknowledged } from "./is-acknowledged.js";

describe("isAcknowledged", () => {
  it("is true when some relay's heads include every local head", () => {
    expect(isAcknowledged(["a"], [["b"], ["a", "c"]])).toBe(true);
    expect(isAcknowledged(["a", "b"], [["a", "b"]])).toBe(true);
  });

  it("is false when no relay reported, or no single relay holds all local heads", () => {
    expect(isAcknowledged(["a"], [])).toBe(false);
    expect(isAcknowledged(["a", "b"], [["a"], ["b"]])).toBe(false);
  });

  it("is false while a relay is ahead with heads this device has not seen (conservative)", () => {
    expect(isAcknowledged(["a"], [["z"]])).toBe(false);
  });
});
