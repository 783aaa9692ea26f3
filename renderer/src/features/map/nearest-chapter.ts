/**
 * The chapter nearest a point (the map of chapters): by great-circle distance (distanceKm), ties
 * by name then id. Pure; never throws.
 */
import type { ChapterId } from "@chapterhouse/crdt/records";
import { distanceKm } from "../../shared/ui/distance-km.js";

/** A chapter with a place, in decimal degrees. */
export interface PlacedChapter {
  readonly id: ChapterId;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
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
