/**
 * The tally (PROTOCOL.md T): a pure function of a rule, the options, the electorate and the
 * ballots. It reads the shared input (T1–T3), lets the rule count (T7–T15), and applies the
 * quorum (T5). The result is the same whatever the order of its input lists (T16).
 */
import { readBallots, readFields, show } from "./read-input.js";
import type { CountedBallot } from "./rule-definition.js";
import { planTally } from "./tally-plan.js";
import { TallyInputError } from "./tally-input-error.js";
import type { IgnoredBallot, TallyInput, TallyResult } from "./types.js";

export { RULE_TYPES } from "./tally-plan.js";

/**
 * Tallies a vote.
 * Every field is checked at run time, so parsed JSON may be passed in as a TallyInput.
 * @throws {TallyInputError} if the input is not meaningful: an unknown rule or parameter, a
 *   bad fraction, options that do not fit the rule, a bad electorate, a ballot whose choice
 *   does not fit the rule or names an unknown option, or two ballots from one member.
 */
export function tally(input: TallyInput): TallyResult {
  const fields = readFields(input, "input", ["rule", "options", "electorate", "ballots"], ["rule", "electorate", "ballots"]);
  const plan = planTally(fields);
  const weights = plan.electorate.weights;

  // T3: every ballot's choice must fit the rule, counted or not; ballots of members outside
  // the electorate are then set aside and reported.
  const counted: CountedBallot<unknown>[] = [];
  const ignored: IgnoredBallot[] = [];
  for (const ballot of readBallots(fields.ballots)) {
    let choice: unknown;
    try {
      choice = plan.readChoice(ballot.choice);
    } catch (error) {
      if (error instanceof TallyInputError) throw new TallyInputError(`ballot of member ${show(ballot.member)}: ${error.message}`);
      throw error;
    }
    const weight = weights.get(ballot.member);
    if (weight === undefined) ignored.push({ member: ballot.member, reason: "not-in-electorate" });
    else counted.push({ member: ballot.member, weight, choice });
  }
  return plan.count(counted, ignored);
}
