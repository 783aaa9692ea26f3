import { describe, expect, it } from "vitest";
import { formatPlace, readPlace } from "./place-input.js";

describe("typing a chapter's place", () => {
  it("[M4.1] turns decimal degrees into integer microdegrees, and nothing into no place", () => {
    expect(readPlace("51.5074", "-0.1278")).toEqual({ ok: true, place: { lat: 51_507_400, lon: -127_800 } });
    expect(readPlace(" ", "")).toEqual({ ok: true, place: null });
    expect(formatPlace({ lat: 51_507_400, lon: -127_800 })).toBe("51.5074, -0.1278");
  });

  it("[M4.1] refuses half a place, text, and values out of range, saying which", () => {
    expect(readPlace("51.5", "")).toEqual({ ok: false, problem: "one-missing", field: "longitude" });
    expect(readPlace("", "0.1")).toEqual({ ok: false, problem: "one-missing", field: "latitude" });
    expect(readPlace("north", "0")).toEqual({ ok: false, problem: "not-decimal", field: "latitude" });
    expect(readPlace("0", "west")).toEqual({ ok: false, problem: "not-decimal", field: "longitude" });
    expect(readPlace("91", "0")).toEqual({ ok: false, problem: "latitude-range", field: "latitude" });
    expect(readPlace("0", "-180.5")).toEqual({ ok: false, problem: "longitude-range", field: "longitude" });
  });
});
