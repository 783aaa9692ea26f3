/**
 * The ranking a ballot of a ranked rule carries (PROTOCOL.md T1.6): a list of places, most
 * preferred first; a place is one option id, or a non-empty list of option ids ranked equally.
 * A flat list of ids — the only form before equal ranks — is the ranking with one option per
 * place, so every ballot written in it keeps its meaning.
 */
import { show } from "./read-input.js";
import { TallyInputError } from "./tally-input-error.js";
import type { OptionId } from "./types.js";

/** One place of a ranking once read: an option, or several options ranked equally (in no meaningful order). */
export type Place = OptionId | readonly OptionId[];

/**
 * Reads a ranking: its places, most preferred first, as written (checked, not copied: a
 * tally reads many ballots). Empty when nothing is ranked.
 * @throws {TallyInputError} if it is not a list, a place is empty or neither an id nor a list
 *   of ids, an id is not an option, or an option is named twice (in one place or in two).
 */
export function readRanking(choice: unknown, options: ReadonlySet<string>): readonly Place[] {
  if (!Array.isArray(choice)) throw new TallyInputError(`choice ${show(choice)} is not a list of options`);
  const seen = new Set<string>();
  (choice as readonly unknown[]).forEach((place, i) => {
    if (!Array.isArray(place)) return readOption(place, options, seen);
    if (place.length === 0) throw new TallyInputError(`choice has an empty place (place ${i + 1}): a place holds at least one option`);
    for (const item of place as readonly unknown[]) readOption(item, options, seen);
  });
  return choice as readonly Place[];
}

function readOption(item: unknown, options: ReadonlySet<string>, seen: Set<string>): void {
  if (typeof item !== "string" || !options.has(item)) throw new TallyInputError(`choice names ${show(item)}, which is not an option`);
  if (seen.has(item)) throw new TallyInputError(`choice names option ${show(item)} twice`);
  seen.add(item);
}
