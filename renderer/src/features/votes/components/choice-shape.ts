import type { Choice, OptionId, RankingPlace } from "@chapterhouse/crdt/tally";
import type { Places } from "./ranking-edits.js";
import type { Scores } from "./ScoreInput.js";

/**
 * Reading a Choice (a union: word, list, ranking or scores, PROTOCOL.md T3.3) as the shape a rule needs.
 * A value of the wrong shape reads as "nothing chosen", so a stale draft never leaks into a ballot.
 */

/** The word or option id, or null. Never throws. */
export function choiceAsWord(choice: Choice | null): string | null {
  return typeof choice === "string" ? choice : null;
}

/** The list of option ids (approval), or []; anything in it that is not an id is dropped. Never throws. */
export function choiceAsList(choice: Choice | null): readonly OptionId[] {
  return Array.isArray(choice) ? choice.filter((item): item is OptionId => typeof item === "string") : [];
}

/** The places of a ranking (irv, schulze: T1.6), each a non-empty list of ids, or []. Never throws. */
export function choiceAsPlaces(choice: Choice | null): Places {
  if (!Array.isArray(choice)) return [];
  return (choice as readonly RankingPlace[]).flatMap((place) => (typeof place === "string" ? [[place as OptionId]] : place.length > 0 ? [place as readonly OptionId[]] : []));
}

/**
 * Places as a ballot carries them (T1.6): a flat list of ids while no options share a place —
 * the form every version of the app reads — else each shared place as a list of ids.
 * Never throws.
 */
export function placesAsChoice(places: Places): Choice {
  return places.map((place) => (place.length === 1 ? (place[0] as OptionId) : place));
}

/** The scores, or {} (every option 0). Never throws. */
export function choiceAsScores(choice: Choice | null): Scores {
  return choice !== null && typeof choice === "object" && !Array.isArray(choice) ? (choice as Scores) : {};
}

/**
 * The ballot a member makes by touching nothing: an empty approval or ranking, every score 0.
 * Null where the rule needs an answer (yes/no rules, plurality). Never throws.
 */
export function blankChoice(ruleType: string, optionIds: readonly string[]): Choice | null {
  switch (ruleType) {
    case "approval":
    case "irv":
    case "schulze":
      return [];
    case "score":
      return Object.fromEntries(optionIds.map((id) => [id, 0]));
    default:
      return null;
  }
}
