import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OptionId } from "@chapterhouse/crdt/tally";
import { addOption, dropOption, moveOption, rankedOptions, removeOption, setTiedWithAbove, tiedWithAbove, type Places } from "./ranking-edits.js";

const [a, b, c, d] = ["a", "b", "c", "d"] as OptionId[] as [OptionId, OptionId, OptionId, OptionId];
const ALL = [a, b, c, d];
const RUNS = { numRuns: 50 };

/** A ranking of some options, places of several allowed. */
const anyPlaces: fc.Arbitrary<Places> = fc.shuffledSubarray(ALL).chain((ranked) =>
  fc.array(fc.boolean(), { minLength: ranked.length, maxLength: ranked.length }).map((joins) => {
    const places: OptionId[][] = [];
    ranked.forEach((id, i) => {
      const last = places[places.length - 1];
      if (last !== undefined && joins[i] === true) last.push(id);
      else places.push([id]);
    });
    return places;
  }),
);

/** The same list moved the way a plain ordered list moves (dnd-kit's arrayMove). */
function arrayMove<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/** Every place non-empty, every option at most once (T1.6). */
function wellFormed(places: Places): boolean {
  const ids = rankedOptions(places);
  return places.every((place) => place.length > 0) && new Set(ids).size === ids.length;
}

describe("editing a ranking of places", () => {
  it("[T1.6] Move up leaves a shared place for a place of its own just above; alone, it passes the whole place above", () => {
    expect(moveOption([[a], [b, c]], c, "up")).toEqual([[a], [c], [b]]);
    expect(moveOption([[a], [b, c]], b, "down")).toEqual([[a], [c], [b]]);
    expect(moveOption([[a, b], [c]], c, "up")).toEqual([[c], [a, b]]);
    const top = [[a], [b]];
    expect(moveOption(top, a, "up")).toBe(top);
    expect(moveOption(top, b, "down")).toBe(top);
  });

  it("[T1.6] Same rank as above joins the place above; undone, it splits the place there", () => {
    expect(setTiedWithAbove([[a], [b], [c]], b, true)).toEqual([[a, b], [c]]);
    expect(setTiedWithAbove([[a], [b, c]], b, true)).toEqual([[a, b, c]]);
    expect(setTiedWithAbove([[a, b, c]], b, false)).toEqual([[a], [b, c]]);
    expect(tiedWithAbove([[a, b]], a)).toBeNull();
    expect(tiedWithAbove([[a, b]], b)).toBe(true);
    expect(tiedWithAbove([[a], [b]], b)).toBe(false);
    expect(tiedWithAbove([[a]], d)).toBeNull();
  });

  it("[T1.6] a dropped option takes a place of its own above the place it was dropped on (moving up) or below it (moving down)", () => {
    expect(dropOption([[a], [b, c], [d]], d, b)).toEqual([[a], [d], [b, c]]);
    expect(dropOption([[a], [b, c], [d]], a, c)).toEqual([[b, c], [a], [d]]);
    expect(dropOption([[a, b], [c]], a, b)).toEqual([[b], [a], [c]]);
  });

  it("[T1.6] adding ranks an option last, alone; removing drops a place it leaves empty", () => {
    expect(addOption([[a, b]], c)).toEqual([[a, b], [c]]);
    expect(removeOption([[a], [b], [c]], b)).toEqual([[a], [c]]);
    expect(removeOption([[a, b]], b)).toEqual([[a]]);
  });

  it("[T1.6] every edit keeps a ranking well formed: places non-empty, each option once", () => {
    fc.assert(
      fc.property(anyPlaces, fc.constantFrom(...ALL), fc.constantFrom(...ALL), fc.boolean(), (places, id, other, flag) => {
        for (const next of [
          moveOption(places, id, flag ? "up" : "down"),
          setTiedWithAbove(places, id, flag),
          dropOption(places, id, other),
          addOption(places, id),
          removeOption(places, id),
        ]) {
          expect(wellFormed(next)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("[T1.6] without shared places, moves and drops are exactly those of a plain ordered list", () => {
    const strict = fc.shuffledSubarray(ALL, { minLength: 2 }).map((ids) => ids.map((id) => [id]));
    fc.assert(
      fc.property(strict, fc.nat(), fc.nat(), (places, i, j) => {
        const order = rankedOptions(places);
        const from = i % order.length;
        const to = j % order.length;
        const id = order[from] as OptionId;
        expect(rankedOptions(dropOption(places, id, order[to] as OptionId))).toEqual(arrayMove(order, from, to));
        if (from > 0) expect(rankedOptions(moveOption(places, id, "up"))).toEqual(arrayMove(order, from, from - 1));
        expect(dropOption(places, id, order[to] as OptionId).every((place) => place.length === 1)).toBe(true);
      }),
      RUNS,
    );
  });
});
