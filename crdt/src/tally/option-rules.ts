/**
 * Plurality, approval and score (PROTOCOL.md T11–T13): each option gets a weighted total and
 * the highest total wins; equal highest totals are a tie, never broken (T6.2).
 */
import { decisionOf, rankByTotals } from "./rank-by-totals.js";
import { isFields, readInteger, readOptionList, show } from "./read-input.js";
import type { CountedBallot, RuleCount, RuleDefinition, RuleParams } from "./rule-definition.js";
import { TallyInputError } from "./tally-input-error.js";
import type { OptionId } from "./types.js";

/** Largest `maxScore` (T13): with MAX_ELECTORATE_WEIGHT it keeps totals below 2^53. */
export const MAX_SCORE = 1_000_000;

/** Builds the count from per-option totals (every option present, zero if none). */
function byTotals(options: readonly OptionId[], totals: ReadonlyMap<OptionId, number>): RuleCount {
  const totalOf = (option: OptionId): number => totals.get(option) ?? 0;
  const ranking = rankByTotals(options, totalOf);
  return {
    decision: decisionOf(ranking),
    winners: ranking[0] ?? [],
    ranking,
    totals: { options: Object.fromEntries(options.map((option) => [option, totalOf(option)])) },
  };
}

function addTo(totals: Map<OptionId, number>, option: OptionId, amount: number): void {
  totals.set(option, (totals.get(option) ?? 0) + amount);
}

/** T11: a ballot names one option; the most weight wins. */
export const plurality: RuleDefinition<RuleParams, OptionId> = {
  kind: "options",
  paramNames: [],
  readParams: () => ({}),
  readChoice(choice, options) {
    if (typeof choice === "string" && options.has(choice)) return choice as OptionId;
    throw new TallyInputError(`choice ${show(choice)} is not an option`);
  },
  count(ballots, options) {
    const totals = new Map<OptionId, number>();
    for (const ballot of ballots) addTo(totals, ballot.choice, ballot.weight);
    return byTotals(options, totals);
  },
};

/** T12: a ballot names a set of options (possibly empty); the most approving weight wins. */
export const approval: RuleDefinition<RuleParams, OptionId[]> = {
  kind: "options",
  paramNames: [],
  readParams: () => ({}),
  readChoice: (choice, options) => readOptionList(choice, options),
  count(ballots, options) {
    const totals = new Map<OptionId, number>();
    for (const ballot of ballots) for (const option of ballot.choice) addTo(totals, option, ballot.weight);
    return byTotals(options, totals);
  },
};

/** T13: a ballot gives options integer scores 0..maxScore (left out: 0); the highest weighted total wins. */
export const score: RuleDefinition<{ readonly maxScore: number }, ReadonlyMap<OptionId, number>> = {
  kind: "options",
  paramNames: ["maxScore"],
  readParams: (rule) => ({ maxScore: readInteger(rule.maxScore, "rule.maxScore", 1, MAX_SCORE) }),
  readChoice(choice, options, { maxScore }) {
    if (!isFields(choice)) throw new TallyInputError(`choice ${show(choice)} is not an object of scores`);
    const scores = new Map<OptionId, number>();
    for (const [option, value] of Object.entries(choice)) {
      if (!options.has(option)) throw new TallyInputError(`choice scores ${show(option)}, which is not an option`);
      scores.set(option as OptionId, readInteger(value, `the score of ${show(option)}`, 0, maxScore));
    }
    return scores;
  },
  count(ballots: readonly CountedBallot<ReadonlyMap<OptionId, number>>[], options) {
    const totals = new Map<OptionId, number>();
    for (const ballot of ballots) for (const [option, value] of ballot.choice) addTo(totals, option, value * ballot.weight);
    return byTotals(options, totals);
  },
};
