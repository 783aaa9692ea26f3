import type { ChapterId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { distanceKm } from "../../shared/ui/distance-km.js";
import { nearestChapter, type PlacedChapter } from "./nearest-chapter.js";

const chapter = (name: string, lat: number, lon: number): PlacedChapter => ({ id: name.toLowerCase() as ChapterId, name, lat, lon });

describe("the nearest chapter to a point", () => {
  it("[MAP3] distances are great-circle: Paris to London is about 344 km, and a point to itself 0", () => {
    expect(distanceKm({ lat: 48.8566, lon: 2.3522 }, { lat: 51.5074, lon: -0.1278 })).toBeCloseTo(343.5, 0);
    expect(distanceKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
  });

  it("[MAP3] the nearest is found across the date line, not by flat degrees", () => {
    const chapters = [chapter("Fiji", -17.7, 178.0), chapter("Samoa", -13.8, -171.8), chapter("Lima", -12.0, -77.0)];
    expect(nearestChapter(chapters, { lat: -16, lon: -179.5 })?.chapter.name).toBe("Fiji");
    expect(nearestChapter(chapters, { lat: -13, lon: -170 })?.chapter.name).toBe("Samoa");
  });

  it("[MAP3] no chapter with a place gives nothing; at equal distances, the first by name", () => {
    expect(nearestChapter([], { lat: 0, lon: 0 })).toBeUndefined();
    expect(nearestChapter([chapter("North", 1, 0), chapter("East", 0, 1)], { lat: 0, lon: 0 })?.chapter.name).toBe("East");
  });
});
