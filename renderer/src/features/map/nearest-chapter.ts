/**
 * The chapter nearest a point (the map of chapters): by great-circle distance (the haversine
 * formula on a sphere of the Earth's mean radius), ties by name then id. Pure; never throws.
 */
import type { ChapterId } from "@chapterhouse/crdt/records";

/** Mean radius of the Earth, in km (IUGG). */
const EARTH_KM = 6371.0088;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** A chapter with a place, in decimal degrees. */
export interface PlacedChapter {
  readonly id: ChapterId;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

/** The great-circle distance between two points, in km. */
export function distanceKm(a: { readonly lat: number; readonly lon: number }, b: { readonly lat: number; readonly lon: number }): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The chapter of `chapters` nearest `point`, with its distance; undefined when none has a place. */
export function nearestChapter(chapters: readonly PlacedChapter[], point: { readonly lat: number; readonly lon: number }): { readonly chapter: PlacedChapter; readonly km: number } | undefined {
  let best: { chapter: PlacedChapter; km: number } | undefined;
  for (const chapter of chapters) {
    const km = distanceKm(point, chapter);
    if (best === undefined || km < best.km || (km === best.km && (chapter.name < best.chapter.name || (chapter.name === best.chapter.name && chapter.id < best.chapter.id)))) best = { chapter, km };
  }
  return best;
}
