import type {
  ChoiceTotals,
  OptionTotals,
  RunoffTotals,
  SchulzeTotals,
  Totals,
} from "@chapterhouse/crdt/tally";

/**
 * Which form a result's totals take (PROTOCOL.md T7–T15). The rule type says it too; these
 * guards check the shape, so a display never reads a member that is not there.
 */

/** Totals of majority, supermajority, consent and consensus. Never throws. */
export function isChoiceTotals(totals: Totals): totals is ChoiceTotals {
  return "choices" in totals;
}

/** Totals of plurality, approval and score. Never throws. */
export function isOptionTotals(totals: Totals): totals is OptionTotals {
  return "options" in totals;
}

/** Totals of instant runoff. Never throws. */
export function isRunoffTotals(totals: Totals): totals is RunoffTotals {
  return "rounds" in totals;
}

/** Totals of Schulze. Never throws. */
export function isSchulzeTotals(totals: Totals): totals is SchulzeTotals {
  return "pairwise" in totals && "strongestPaths" in totals;
}
