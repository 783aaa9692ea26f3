import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAidBody } from "./aid-bodies.js";
import { aidPlace, aidPlaceDegrees } from "./aid-point.js";

describe("snapping a picked point before signing (PROTOCOL.md AID2.3)", () => {
  it("[AID2.3] each coordinate goes to the nearest hundredth of a degree, halves away from zero", () => {
    expect(aidPlace("Trafalgar Square", { lat: 51.5080391, lon: -0.1280689 })).toEqual({ name: "Trafalgar Square", lat: 5151, lon: -13 });
    expect(aidPlace("Half", { lat: 0.125, lon: -0.125 })).toEqual({ name: "Half", lat: 13, lon: -13 });
    expect(aidPlace("Edge", { lat: -90, lon: 180 })).toEqual({ name: "Edge", lat: -9000, lon: 18000 });
    expect(aidPlace("Nought", { lat: -0.001, lon: 0.004 })).toEqual({ name: "Nought", lat: 0, lon: 0 });
    expect(aidPlace("Just a name", null)).toEqual({ name: "Just a name", lat: null, lon: null });
  });

  it("[AID2.3] a point off the globe or not a number gives no place (the app refuses it as bad-point)", () => {
    expect(aidPlace("North of north", { lat: 90.01, lon: 0 })).toBeUndefined();
    expect(aidPlace("East of east", { lat: 0, lon: -180.5 })).toBeUndefined();
    expect(aidPlace("Nowhere", { lat: Number.NaN, lon: 0 })).toBeUndefined();
  });

  it("[AID2.2] [AID2.3] any point on the globe snaps to a place AID2.2 accepts, within half a hundredth of a degree of it on each axis", () => {
    fc.assert(
      fc.property(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), (lat, lon) => {
        const place = aidPlace("Here", { lat, lon })!;
        expect(parseAidBody("aid-offer", { chapter: `${"c".repeat(42)}A`, for: "chapter", category: "other", what: "x", place: { ...place }, when: "" }).ok).toBe(true);
        const back = aidPlaceDegrees(place)!;
        expect(Math.abs(back.lat - lat)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(back.lon - lon)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
