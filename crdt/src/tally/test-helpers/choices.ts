import fc from "fast-check";
import type { Choice, RankingPlace, RuleType } from "../types.js";

/** Places as a ballot writes them (T1.6): a place of one option as its id, several as a list. */
export function written(places: readonly (readonly string[])[]): RankingPlace[] {
  return places.map((place) => (place.length === 1 ? (place[0] as string) : place));
}

/**
 * A ranking of some of `options` (T1.6) as a list of places, each non-empty; with `ties`,
 * places may hold several options.
 */
export function placesOf(options: readonly string[], ties: boolean): fc.Arbitrary<string[][]> {
  return fc.shuffledSubarray([...options]).chain((ranked) =>
    fc.array(fc.boolean(), { minLength: ranked.length, maxLength: ranked.length }).map((startsPlace) => {
      const places: string[][] = [];
      ranked.forEach((option, i) => {
        const last = places[places.length - 1];
        if (last === undefined || !ties || (startsPlace[i] ?? true)) places.push([option]);
        else last.push(option);
      });
      return places;
    }),
  );
}

/** Any choice a ballot under a rule of `type` may hold among `options` (T1). */
export function choiceOf(type: RuleType, options: readonly string[]): fc.Arbitrary<Choice> {
  switch (type) {
    case "majority":
    case "supermajority":
      return fc.constantFrom("for", "against", "abstain");
    case "consent":
      return fc.constantFrom("consent", "concern", "stand-aside", "block");
    case "consensus":
      return fc.constantFrom("agree", "stand-aside", "block");
    case "plurality":
      return fc.constantFrom(...options);
    case "approval":
      return fc.subarray([...options]);
    case "score":
      return fc.subarray([...options]).chain((rated) => fc.tuple(...rated.map(() => fc.integer({ min: 0, max: 3 }))).map((scores) => Object.fromEntries(rated.map((option, i) => [option, scores[i] ?? 0]))));
    case "irv":
      return placesOf(options, false).map(written);
    case "schulze":
      return placesOf(options, true).map(written);
  }
}
