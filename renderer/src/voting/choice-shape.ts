import type { Choice, OptionId } from "@chapterhouse/crdt";
import type { Scores } from "./ScoreInput.js";

/**
 * Reading a Choice (a union: word, list or scores, PROTOCOL.md T3.3) as the shape a rule needs.
 * A value of the wrong shape reads as "nothing chosen", so a stale draft never leaks into a ballot.
 */

/** The word or option id, or null. Never throws. */
export function choiceAsWord(choice: Choice | null): string | null {
  return typeof choice === "string" ? choice : null;
}

/** The list of option ids (approval, irv, schulze), or []. Never throws. */
export function choiceAsList(choice: Choice | null): readonly OptionId[] {
  return Array.isArray(choice) ? (choice as readonly OptionId[]) : [];
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
