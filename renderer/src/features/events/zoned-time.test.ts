import { describe, expect, it } from "vitest";
import { instantOf, wallClockOf } from "./zoned-time.js";

describe("times typed in an event's time zone", () => {
  it("[EV1.3] a wall-clock time in a named zone is the instant clocks there show it, in winter and in summer", () => {
    expect(instantOf("2026-12-10T18:00", "Europe/Madrid")).toBe(Date.UTC(2026, 11, 10, 17, 0));
    expect(instantOf("2026-07-10T18:00", "Europe/Madrid")).toBe(Date.UTC(2026, 6, 10, 16, 0));
    expect(instantOf("2026-12-10T18:00", "America/Mexico_City")).toBe(Date.UTC(2026, 11, 11, 0, 0));
    expect(instantOf("2026-12-10T18:00", "UTC")).toBe(Date.UTC(2026, 11, 10, 18, 0));
  });

  it("[EV1.3] a time skipped by the change to summer time is taken one hour later; and back again, the wall clock is shown in the zone", () => {
    // Madrid skipped 02:00–03:00 on 29 March 2026.
    expect(instantOf("2026-03-29T02:30", "Europe/Madrid")).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(wallClockOf(Date.UTC(2026, 11, 10, 17, 0), "Europe/Madrid")).toBe("2026-12-10T18:00");
    expect(wallClockOf(Date.UTC(2026, 11, 10, 17, 0), "Asia/Kolkata")).toBe("2026-12-10T22:30");
  });

  it("[EV1.3] what is not a time, or a zone that does not exist, gives nothing rather than a wrong time", () => {
    expect(instantOf("10/12/2026 18:00", "Europe/Madrid")).toBeUndefined();
    expect(instantOf("2026-12-10T18:00", "Mars/Olympus_Mons")).toBeUndefined();
  });
});
