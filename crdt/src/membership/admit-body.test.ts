import { describe, expect, it } from "vitest";
import { hashText } from "../encoding/hash.js";
import type { CanonicalValue } from "../records/canonical.js";
import { parseMembershipBody } from "./bodies.js";

const id = (text: string) => hashText(text);

describe("an admit's parsed body", () => {
  it("[M1.2] is the body with its kind, members in the order every other kind's parsed body has them (the body's, then kind)", () => {
    const bodies: CanonicalValue[] = [
      { chapter: id("c"), countersign: null, redeem: null, sponsors: [] },
      { chapter: id("c"), countersign: id("k"), redeem: null, sponsors: [id("a"), id("b")].sort() },
      { chapter: id("c"), countersign: null, redeem: id("r"), sponsors: [] },
    ];
    for (const body of bodies) {
      const parsed = parseMembershipBody("admit", body);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(JSON.stringify(parsed.body)).toBe(JSON.stringify({ ...(body as object), kind: "admit" }));
    }
    // Another kind, parsed the general way, for comparison: the same rule.
    const leave = parseMembershipBody("leave", { chapter: id("c") });
    expect(leave.ok && JSON.stringify(leave.body)).toBe(JSON.stringify({ chapter: id("c"), kind: "leave" }));
  });
});
