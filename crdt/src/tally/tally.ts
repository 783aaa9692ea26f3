/**
 * The tally (PROTOCOL.md T): a pure function of a rule, the options, the electorate and the
 * ballots. It reads the shared input (T1–T3), lets the rule count (T7–T15), and applies the
 * quorum (T5). The result is the same whatever the order of its input lists (T16).
 */
import { instantRunoff } from "./instant-runoff.js";
import { approval, plurality, score } from "./option-rules.js";
import { shareAtLeast, toFraction, type Rational } from "./rational.js";
import { readBallots, readElectorate, readFields, readFraction, readOptions, show, type Fields } from "./read-input.js";
import type { CountedBallot, RuleDefinition, RuleParams } from "./rule-definition.js";
import { schulze } from "./schulze.js";
import { TallyInputError } from "./tally-input-error.js";
import type { AppliedRule, IgnoredBallot, RuleType, TallyInput, TallyResult } from "./types.js";
import { consensus, consent, majority, supermajority } from "./yes-no-rules.js";

/** The rule types, in the order PROTOCOL.md lists them (T1.1). */
export const RULE_TYPES: readonly RuleType[] = ["majority", "supermajority", "consent", "consensus", "plurality", "approval", "score", "irv", "schulze"];

/**
 * Tallies a vote.
 * Every field is checked at run time, so parsed JSON may be passed in as a TallyInput.
 * @throws {TallyInputError} if the input is not meaningful: an unknown rule or parameter, a
 *   bad fraction, options that do not fit the rule, a bad electorate, a ballot whose choice
 *   does not fit the rule or names an unknown option, or two ballots from one member.
 */
export function tally(input: TallyInput): TallyResult {
  const fields = readFields(input, "input", ["rule", "options", "electorate", "ballots"], ["rule", "electorate", "ballots"]);
  const rule = readFields(fields.rule, "rule", ["type", "quorum", "threshold", "maxBlocks", "maxStandAsides", "maxScore"], ["type"]);
  const type = rule.type;
  switch (type) {
    case "majority":
      return run(type, majority, rule, fields);
    case "supermajority":
      return run(type, supermajority, rule, fields);
    case "consent":
      return run(type, consent, rule, fields);
    case "consensus":
      return run(type, consensus, rule, fields);
    case "plurality":
      return run(type, plurality, rule, fields);
    case "approval":
      return run(type, approval, rule, fields);
    case "score":
      return run(type, score, rule, fields);
    case "irv":
      return run(type, instantRunoff, rule, fields);
    case "schulze":
      return run(type, schulze, rule, fields);
    default:
      throw new TallyInputError(`unknown rule ${show(type)}; known rules: ${RULE_TYPES.join(", ")}`);
  }
}

function run<P extends RuleParams, C>(type: RuleType, definition: RuleDefinition<P, C>, rule: Fields, input: Fields): TallyResult {
  readFields(rule, "rule", ["type", "quorum", ...definition.paramNames], ["type"]);
  const quorum: Rational | undefined = rule.quorum === undefined ? undefined : readFraction(rule.quorum, "rule.quorum", false);
  const params = definition.readParams(rule);
  const options = readOptions(input.options, definition.kind, type);
  const optionSet: ReadonlySet<string> = new Set(options);
  const electorate = readElectorate(input.electorate);

  // T3: every ballot's choice must fit the rule, counted or not; ballots of members outside
  // the electorate are then set aside and reported.
  const counted: CountedBallot<C>[] = [];
  const ignored: IgnoredBallot[] = [];
  for (const ballot of readBallots(input.ballots)) {
    let choice: C;
    try {
      choice = definition.readChoice(ballot.choice, optionSet, params);
    } catch (error) {
      if (error instanceof TallyInputError) throw new TallyInputError(`ballot of member ${show(ballot.member)}: ${error.message}`);
      throw error;
    }
    const weight = electorate.weights.get(ballot.member);
    if (weight === undefined) ignored.push({ member: ballot.member, reason: "not-in-electorate" });
    else counted.push({ member: ballot.member, weight, choice });
  }

  // T5: turnout counts every counted ballot, abstentions and stand-asides included.
  let turnoutWeight = 0;
  for (const ballot of counted) turnoutWeight += ballot.weight;
  const quorumMet = quorum === undefined || shareAtLeast(turnoutWeight, electorate.totalWeight, quorum);
  const count = definition.count(counted, options, params);
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
}
