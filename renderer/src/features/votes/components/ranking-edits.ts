import type { OptionId } from "@chapterhouse/crdt/tally";

/**
 * A ranking being edited, as places (PROTOCOL.md T1.6): most preferred first, each place a
 * non-empty list of options ranked equally. Options in no place are unranked. The edits are
 * pure and never throw; an edit that cannot apply returns the ranking unchanged (same object).
 * Places are the unit of every move, so a ranking without shared places behaves exactly as a
 * plain ordered list.
 */
export type Places = readonly (readonly OptionId[])[];

/** Where an option is: its place (0-based) and index in that place, or null when unranked. */
export function placeOf(places: Places, id: OptionId): { readonly place: number; readonly index: number } | null {
  for (let place = 0; place < places.length; place++) {
    const index = places[place]?.indexOf(id) ?? -1;
    if (index >= 0) return { place, index };
  }
  return null;
}

/** Every ranked option in display order: place after place. */
export function rankedOptions(places: Places): OptionId[] {
  return places.flat();
}

/** True when some place holds several options (instant runoff refuses that, T1.6). */
export function hasSharedPlace(places: Places): boolean {
  return places.some((place) => place.length > 1);
}

/** Adds an unranked option as a new last place. */
export function addOption(places: Places, id: OptionId): Places {
  return placeOf(places, id) === null ? [...places, [id]] : places;
}

/** Takes an option out of the ranking; a place it leaves empty goes. */
export function removeOption(places: Places, id: OptionId): Places {
  if (placeOf(places, id) === null) return places;
  return places.map((place) => place.filter((other) => other !== id)).filter((place) => place.length > 0);
}

/**
 * Moves an option one step: out of a shared place to a place of its own just above (or below)
 * it; or, alone, past the whole neighbouring place. Unchanged at the top (or bottom) alone.
 */
export function moveOption(places: Places, id: OptionId, direction: "up" | "down"): Places {
  const at = placeOf(places, id);
  const own = at === null ? undefined : places[at.place];
  if (at === null || own === undefined) return places;
  const before = places.slice(0, at.place);
  const after = places.slice(at.place + 1);
  if (own.length > 1) {
    const rest = own.filter((other) => other !== id);
    return direction === "up" ? [...before, [id], rest, ...after] : [...before, rest, [id], ...after];
  }
  const neighbour = direction === "up" ? before[before.length - 1] : after[0];
  if (neighbour === undefined) return places;
  return direction === "up" ? [...before.slice(0, -1), own, neighbour, ...after] : [...before, neighbour, own, ...after.slice(1)];
}

/**
 * Whether the option shares its place with the option shown just above it. Null for the first
 * ranked option and for unranked ones (nothing above to share with).
 */
export function tiedWithAbove(places: Places, id: OptionId): boolean | null {
  const at = placeOf(places, id);
  if (at === null || (at.place === 0 && at.index === 0)) return null;
  return at.index > 0;
}

/**
 * Sets whether the option shares the place of the option shown just above it. Sharing joins its
 * place to the place above (the options after it in its place come along); not sharing splits
 * its place there, it and the options after it going to a new place just below.
 */
export function setTiedWithAbove(places: Places, id: OptionId, tied: boolean): Places {
  const now = tiedWithAbove(places, id);
  const at = placeOf(places, id);
  if (now === null || now === tied || at === null) return places;
  const own = places[at.place] ?? [];
  if (tied) {
    const above = places[at.place - 1] ?? [];
    return [...places.slice(0, at.place - 1), [...above, ...own], ...places.slice(at.place + 1)];
  }
  return [...places.slice(0, at.place), own.slice(0, at.index), own.slice(at.index), ...places.slice(at.place + 1)];
}

/**
 * Drag and drop: the option dragged over `over` (both ranked) leaves its place and takes a place
 * of its own just above `over`'s place when it moved up the list, just below when it moved down.
 * Unchanged when dropped on itself.
 */
export function dropOption(places: Places, id: OptionId, over: OptionId): Places {
  const order = rankedOptions(places);
  const from = order.indexOf(id);
  const to = order.indexOf(over);
  if (from < 0 || to < 0 || from === to) return places;
  const rest = removeOption(places, id);
  const target = placeOf(rest, over);
  if (target === null) return places;
  const at = from > to ? target.place : target.place + 1;
  return [...rest.slice(0, at), [id], ...rest.slice(at)];
}
