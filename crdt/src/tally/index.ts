/** The voting rules and the tally (PROTOCOL.md T). One export list. */
export { tally, RULE_TYPES } from "./tally.js";
export { TallyInputError } from "./tally-input-error.js";
export { MAX_OPTIONS, MAX_ELECTORATE_WEIGHT } from "./read-input.js";
export { MAX_SCORE } from "./option-rules.js";
export { rational, compareRational, addRational, mulRational, shareAtLeast, toFraction, fromFraction, type Rational } from "./rational.js";
export { rationalFromDecimal, MAX_DECIMAL_EXPONENT } from "./decimal.js";
export { compareIds } from "./compare-ids.js";
export type {
  OptionId,
  Fraction,
  YesNoRuleType,
  OptionRuleType,
  RuleType,
  Rule,
  YesNoChoice,
  ConsentChoice,
  ConsensusChoice,
  RankingPlace,
  Choice,
  WeightedVoter,
  Ballot,
  TallyInput,
  AppliedRule,
  ChoiceTotal,
  ChoiceTotals,
  OptionTotals,
  RunoffRound,
  RunoffTotals,
  SchulzeTotals,
  Totals,
  Outcome,
  Turnout,
  IgnoredBallot,
  TallyResult,
} from "./types.js";
