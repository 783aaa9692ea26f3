/**
 * A tally with its rule, options and electorate read once (PROTOCOL.md T1–T2), ready to count
 * ballots whose choices it read (T3–T17). `tally` is one plan counting one list of ballots; a
 * vote's recounts — each close's counted ballots, the report's recomputed result — count several
 * lists against one electorate, and read each ballot's choice once, when the ballot is judged.
 */
import { instantRunoff } from "./instant-runoff.js";
import { approval, plurality, score } from "./option-rules.js";
import { shareAtLeast, toFraction, type Rational } from "./rational.js";
import { readElectorate, readFields, readFraction, readOptions, show, type Electorate, type Fields } from "./read-input.js";
import type { CountedBallot, RuleDefinition, RuleParams } from "./rule-definition.js";
import { schulze } from "./schulze.js";
import { TallyInputError } from "./tally-input-error.js";
import type { AppliedRule, IgnoredBallot, OptionId, RuleType, TallyResult } from "./types.js";
import { consensus, consent, majority, supermajority } from "./yes-no-rules.js";

/** The rule types, in the order PROTOCOL.md lists them (T1.1). */
export const RULE_TYPES: readonly RuleType[] = ["majority", "supermajority", "consent", "consensus", "plurality", "approval", "score", "irv", "schulze"];

/** A rule, its options and its electorate, read. */
export interface TallyPlan {
  /** Each member once, at the highest weight listed (T2). */
  readonly electorate: Electorate;
  /**
   * Reads one ballot's choice as the rule does (T3.3): what `count` takes.
   * @throws {TallyInputError} if it does not fit the rule (the message says why).
   */
  readChoice(choice: unknown): unknown;
  /**
   * The result (T5, T17) of `counted` — ballots of electorate members, sorted by member (T3.1),
   * each weighing the electorate's weight of its member, each choice given by `readChoice` — and
   * of the ballots set aside (T3.2), sorted by member.
   */
  count(counted: readonly CountedBallot<unknown>[], ignored: readonly IgnoredBallot[]): TallyResult;
}

/**
 * Reads the rule, the options and the electorate of a tally's input, in `tally`'s order.
 * @throws {TallyInputError} as `tally` does for the same input, whatever its ballots.
 */
export function planTally(input: Fields): TallyPlan {
  const rule = readFields(input.rule, "rule", ["type", "quorum", "threshold", "maxBlocks", "maxStandAsides", "maxScore"], ["type"]);
  const type = rule.type;
  switch (type) {
    case "majority":
      return plan(type, majority, rule, input);
    case "supermajority":
      return plan(type, supermajority, rule, input);
    case "consent":
      return plan(type, consent, rule, input);
    case "consensus":
      return plan(type, consensus, rule, input);
    case "plurality":
      return plan(type, plurality, rule, input);
    case "approval":
      return plan(type, approval, rule, input);
    case "score":
      return plan(type, score, rule, input);
    case "irv":
      return plan(type, instantRunoff, rule, input);
    case "schulze":
      return plan(type, schulze, rule, input);
    default:
      throw new TallyInputError(`unknown rule ${show(type)}; known rules: ${RULE_TYPES.join(", ")}`);
  }
}

function plan<P extends RuleParams, C>(type: RuleType, definition: RuleDefinition<P, C>, rule: Fields, input: Fields): TallyPlan {
  readFields(rule, "rule", ["type", "quorum", ...definition.paramNames], ["type"]);
  const quorum: Rational | undefined = rule.quorum === undefined ? undefined : readFraction(rule.quorum, "rule.quorum", false);
  const params = definition.readParams(rule);
  const options: readonly OptionId[] = readOptions(input.options, definition.kind, type);
  const optionSet: ReadonlySet<string> = new Set(options);
  const electorate = readElectorate(input.electorate);
  return {
    electorate,
    readChoice: (choice) => definition.readChoice(choice, optionSet, params),
    count(counted, ignored) {
      // T5: turnout counts every counted ballot, abstentions and stand-asides included.
      let turnoutWeight = 0;
      for (const ballot of counted) turnoutWeight += ballot.weight;
      const quorumMet = quorum === undefined || shareAtLeast(turnoutWeight, electorate.totalWeight, quorum);
      const count = definition.count(counted as readonly CountedBallot<C>[], options, params);
      const applied = { type, ...params, ...(quorum === undefined ? {} : { quorum: toFraction(quorum) }) } as AppliedRule;
      return {
        rule: applied,
        outcome: quorumMet ? count.decision : "no-quorum",
        winners: quorumMet ? count.winners : [],
        ranking: quorumMet ? count.ranking : [],
        quorumMet,
        turnout: {
          ballots: counted.length,
          weight: turnoutWeight,
          electorateMembers: electorate.weights.size,
          electorateWeight: electorate.totalWeight,
        },
        totals: count.totals,
        ignored,
      };
    },
  };
}
