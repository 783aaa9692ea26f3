/**
 * Does a ballot's choice fit the open's rule (PROTOCOL.md V4.4, T3.3)? Answered by the tally's own
 * readers of each rule, so a ballot is refused here exactly when the tally would refuse it; the
 * choice as the rule read it is what the tally counts, so a judged ballot's choice is read once.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { instantRunoff } from "../tally/instant-runoff.js";
import { approval, plurality, score } from "../tally/option-rules.js";
import type { RuleDefinition, RuleParams } from "../tally/rule-definition.js";
import { schulze } from "../tally/schulze.js";
import { TallyInputError } from "../tally/tally-input-error.js";
import { consensus, consent, majority, supermajority } from "../tally/yes-no-rules.js";
import type { OpenRule } from "./vote-bodies.js";

const DEFINITIONS: { readonly [type: string]: RuleDefinition<RuleParams, unknown> | undefined } = {
  majority,
  supermajority,
  consent,
  consensus,
  plurality,
  approval,
  score,
  irv: instantRunoff,
  schulze,
};

/** Checks one choice: a problem text, or undefined when it fits. */
export type ChoiceCheck = (choice: CanonicalValue) => string | undefined;

/**
 * Reads one choice as the tally's reader of the rule does (T3.3): what the tally counts for it.
 * @throws {TallyInputError} if it does not fit (the message says why).
 */
export type ChoiceReader = (choice: CanonicalValue) => unknown;

/**
 * A reader of choices under `rule` with `options` (both already accepted by the tally, V2.3).
 * @throws {TallyInputError} if the rule is unknown or its parameters are bad.
 */
export function choiceReader(rule: OpenRule, options: readonly string[]): ChoiceReader {
  const definition = Object.hasOwn(DEFINITIONS, rule.type) ? DEFINITIONS[rule.type] : undefined;
  if (definition === undefined) throw new TallyInputError(`unknown rule ${JSON.stringify(rule.type)}`);
  const params = definition.readParams(rule);
  const optionSet: ReadonlySet<string> = new Set(options);
  return (choice) => definition.readChoice(choice, optionSet, params);
}

/**
 * A checker of choices under `rule` with `options` (both already accepted by the tally, V2.3).
 * @throws {TallyInputError} if the rule is unknown or its parameters are bad.
 */
export function choiceCheck(rule: OpenRule, options: readonly string[]): ChoiceCheck {
  const read = choiceReader(rule, options);
  return (choice) => {
    try {
      read(choice);
      return undefined;
    } catch (error) {
      if (error instanceof TallyInputError) return error.message;
      throw error;
    }
  };
}
