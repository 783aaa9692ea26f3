import type { Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";

/** One chapter on the way to an item. */
export interface PlaceStep {
  readonly id: ChapterId;
  readonly name: string;
}

/** Where `chapter` is in the tree: the chapters from the root down to it (just it if the roster lacks a parent). Never throws. */
export function placeOf(roster: Roster, chapter: ChapterId): PlaceStep[] {
  const steps: PlaceStep[] = [];
  const seen = new Set<ChapterId>();
  for (let at = roster.chapters.get(chapter); at !== undefined && !seen.has(at.id); at = at.parent === null ? undefined : roster.chapters.get(at.parent)) {
    seen.add(at.id);
    steps.unshift({ id: at.id, name: at.name });
  }
  return steps;
}
