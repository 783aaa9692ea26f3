/**
 * Ranking options by a number (PROTOCOL.md T6.3): higher first, options with equal numbers
 * share a place, ids sorted within a place. Used by plurality, approval and score, and for
 * the continuing options of instant runoff's last round.
 */
import { compareIds } from "./compare-ids.js";
import type { OptionId } from "./types.js";

/** Places, best first; every option of `options` appears exactly once. */
export function rankByTotals(options: readonly OptionId[], totalOf: (option: OptionId) => number): OptionId[][] {
  const sorted = [...options].sort((a, b) => totalOf(b) - totalOf(a) || compareIds(a, b));
  const places: OptionId[][] = [];
  let previous: number | undefined;
  for (const option of sorted) {
    const total = totalOf(option);
    const last = places[places.length - 1];
    if (last !== undefined && total === previous) last.push(option);
    else places.push([option]);
    previous = total;
  }
  return places;
}

/** T6.2: decided when one option holds the first place alone, a tie when several share it. */
export function decisionOf(ranking: readonly (readonly OptionId[])[]): "decided" | "tie" {
  return (ranking[0]?.length ?? 0) === 1 ? "decided" : "tie";
}
