/**
 * The yes/no rules (PROTOCOL.md T7–T10): majority, supermajority, consent, consensus. Each
 * choice is a word; totals give, per word, the number of counted ballots and their weight.
 * Blocks and stand-asides are limited by the number of members, not by weight (T9, T10):
 * a block is one person's principled objection, whatever their weight.
 */
import { rational, shareAtLeast, toFraction } from "./rational.js";
import { readFraction, readInteger, show } from "./read-input.js";
import type { CountedBallot, RuleCount, RuleDefinition, RuleParams } from "./rule-definition.js";
import { TallyInputError } from "./tally-input-error.js";
import type { ChoiceTotal, ConsensusChoice, ConsentChoice, Fraction, YesNoChoice } from "./types.js";

/** Largest `maxBlocks` or `maxStandAsides`: more than any electorate could use. */
const MAX_COUNT_LIMIT = 2 ** 32 - 1;

const YES_NO: readonly YesNoChoice[] = ["for", "against", "abstain"];
const CONSENT: readonly ConsentChoice[] = ["consent", "concern", "stand-aside", "block"];
const CONSENSUS: readonly ConsensusChoice[] = ["agree", "stand-aside", "block"];

function readWord<W extends string>(words: readonly W[], choice: unknown): W {
  if (typeof choice === "string" && (words as readonly string[]).includes(choice)) return choice as W;
  throw new TallyInputError(`choice ${show(choice)} is not one of ${words.join(", ")}`);
}

/** Per word, the counted ballots and their weight, every word present. */
function countWords<W extends string>(words: readonly W[], ballots: readonly CountedBallot<W>[]): Record<W, ChoiceTotal> {
  const totals = new Map<W, { ballots: number; weight: number }>(words.map((word) => [word, { ballots: 0, weight: 0 }]));
  for (const ballot of ballots) {
    const total = totals.get(ballot.choice);
    if (total) {
      total.ballots += 1;
      total.weight += ballot.weight;
    }
  }
  return Object.fromEntries(totals) as Record<W, ChoiceTotal>;
}

const NO_PARAMS: RuleParams = {};

function yesNo(decision: boolean, choices: { readonly [word: string]: ChoiceTotal }, share?: Fraction | null): RuleCount {
  return {
    decision: decision ? "passed" : "rejected",
    winners: [],
    ranking: [],
    totals: share === undefined ? { choices } : { choices, share },
  };
}

/** T7: passes when the weight for is more than the weight against; a tie is rejected. */
export const majority: RuleDefinition<RuleParams, YesNoChoice> = {
  kind: "yes-no",
  paramNames: [],
  readParams: () => NO_PARAMS,
  readChoice: (choice) => readWord(YES_NO, choice),
  count(ballots) {
    const choices = countWords(YES_NO, ballots);
    return yesNo(choices.for.weight > choices.against.weight, choices);
  },
};

/** T8: passes when for / (for + against) ≥ threshold, by cross-multiplication; nothing cast for or against is rejected. */
export const supermajority: RuleDefinition<{ readonly threshold: Fraction }, YesNoChoice> = {
  kind: "yes-no",
  paramNames: ["threshold"],
  readParams: (rule) => ({ threshold: toFraction(readFraction(rule.threshold, "rule.threshold", true)) }),
  readChoice: (choice) => readWord(YES_NO, choice),
  count(ballots, _options, { threshold }) {
    const choices = countWords(YES_NO, ballots);
    const decided = choices.for.weight + choices.against.weight;
    if (decided === 0) return yesNo(false, choices, null);
    const passes = shareAtLeast(choices.for.weight, decided, rational(threshold.num, threshold.den));
    return yesNo(passes, choices, toFraction(rational(choices.for.weight, decided)));
  },
};

/** T9: passes when the number of members blocking is at most maxBlocks (default 0). */
export const consent: RuleDefinition<{ readonly maxBlocks: number }, ConsentChoice> = {
  kind: "yes-no",
  paramNames: ["maxBlocks"],
  readParams: (rule) => ({ maxBlocks: rule.maxBlocks === undefined ? 0 : readInteger(rule.maxBlocks, "rule.maxBlocks", 0, MAX_COUNT_LIMIT) }),
  readChoice: (choice) => readWord(CONSENT, choice),
  count(ballots, _options, { maxBlocks }) {
    const choices = countWords(CONSENT, ballots);
    return yesNo(choices.block.ballots <= maxBlocks, choices);
  },
};

/** T10: passes when no member blocks and at most maxStandAsides members (default 0) stand aside. */
export const consensus: RuleDefinition<{ readonly maxStandAsides: number }, ConsensusChoice> = {
  kind: "yes-no",
  paramNames: ["maxStandAsides"],
  readParams: (rule) => ({
    maxStandAsides: rule.maxStandAsides === undefined ? 0 : readInteger(rule.maxStandAsides, "rule.maxStandAsides", 0, MAX_COUNT_LIMIT),
  }),
  readChoice: (choice) => readWord(CONSENSUS, choice),
  count(ballots, _options, { maxStandAsides }) {
    const choices = countWords(CONSENSUS, ballots);
    return yesNo(choices.block.ballots === 0 && choices["stand-aside"].ballots <= maxStandAsides, choices);
  },
};
