import type { OptionId } from "@chapterhouse/crdt/tally";
import { optionLabel, type BallotOption } from "./ballot-option.js";

/**
 * The order options are listed in a display: by the result's ranking (best first) when there is
 * one, else by the number given (highest first), then by label. Display only: the core decides
 * places, never this. Never throws.
 */
export function displayOrder(
  ids: readonly string[],
  ranking: readonly (readonly OptionId[])[],
  options: readonly BallotOption[],
  valueOf: (id: string) => number,
): string[] {
  const place = new Map<string, number>();
  ranking.forEach((ids, index) => ids.forEach((id) => place.set(id, index)));
  return [...ids].sort(
    (a, b) =>
      (place.get(a) ?? Number.MAX_SAFE_INTEGER) - (place.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      valueOf(b) - valueOf(a) ||
      optionLabel(options, a).localeCompare(optionLabel(options, b)),
  );
}
