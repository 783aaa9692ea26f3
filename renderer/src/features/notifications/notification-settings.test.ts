import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "../../shared/routing/notification-sources.js";
import { DEFAULT_SETTINGS, isShown, parseSettings, storedSettings } from "./notification-settings.js";

describe("notification settings", () => {
  it("[NOTE3] every kind is shown before the member chooses", () => {
    for (const kind of NOTIFICATION_KINDS) expect(isShown(kind, DEFAULT_SETTINGS)).toBe(true);
  });

  it("[NOTE3] a kind turned off is not shown; mentions and direct messages are shown even if a stored value turns them off", () => {
    const settings = { off: new Set(["decision", "mention", "direct-message"] as const), system: false };
    expect(isShown("decision", settings)).toBe(false);
    expect(isShown("vote-opened", settings)).toBe(true);
    expect(isShown("mention", settings)).toBe(true);
    expect(isShown("direct-message", settings)).toBe(true);
  });

  it("[NOTE3] stored settings read back as they were", () => {
    fc.assert(
      fc.property(fc.subarray([...NOTIFICATION_KINDS]), fc.boolean(), (off, system) => {
        const settings = parseSettings(storedSettings({ off: new Set(off), system }));
        expect(settings.system).toBe(system);
        expect(NOTIFICATION_KINDS.filter((kind) => !isShown(kind, settings))).toEqual(off.filter((kind) => kind !== "mention" && kind !== "direct-message"));
      }),
      { numRuns: 25 },
    );
  });

  it("[NOTE3] a damaged stored value gives the defaults, and an unknown kind in it is left out", () => {
    for (const damaged of [undefined, null, 3, "off", [], { off: "decision", system: true }, { off: [], system: "yes" }]) expect(parseSettings(damaged)).toBe(DEFAULT_SETTINGS);
    expect([...parseSettings({ off: ["decision", "weather", 7], system: true }).off]).toEqual(["decision"]);
  });
});
