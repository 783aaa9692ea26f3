import { describe, expect, it } from "vitest";
import { typedOf, typedPoint } from "./typed-point.js";

describe("a point typed in decimal degrees (the aid board's place and distance fields)", () => {
  it("[AID2.3] decimal degrees with a point or a comma are read; both empty is no point", () => {
    expect(typedPoint({ lat: "51.5074", lon: "-0.1278" })).toEqual({ lat: 51.5074, lon: -0.1278 });
    expect(typedPoint({ lat: " 40,4168 ", lon: "-3,7038" })).toEqual({ lat: 40.4168, lon: -3.7038 });
    expect(typedPoint({ lat: "", lon: " " })).toBeNull();
    expect(typedPoint(typedOf({ lat: -33.86786, lon: 151.20732 }))).toEqual({ lat: -33.8679, lon: 151.2073 });
  });

  it("[AID2.3] bad input is 'bad', never a guess: one of the two missing, words, two numbers, off the globe", () => {
    for (const typed of [
      { lat: "51.5", lon: "" },
      { lat: "north", lon: "0" },
      { lat: "1.2.3", lon: "0" },
      { lat: "91", lon: "0" },
      { lat: "0", lon: "-180.01" },
      { lat: "Infinity", lon: "0" },
    ])
      expect(typedPoint(typed)).toBe("bad");
  });
});
