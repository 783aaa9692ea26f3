import type { AppliedRule, Rule } from "@chapterhouse/crdt";
import { formatCount, formatFraction } from "../../../shared/i18n/format-number.js";
import { ruleExplanation } from "./rule-explanations.js";

/** A rule as frozen in an open record, or as applied in a tally result. */
export type VoteRule = Rule | AppliedRule;

/** The rule's name and its parameters in words, one line each: what the member needs to know. Never throws. */
export function describeRule(rule: VoteRule): { readonly name: string; readonly details: readonly string[] } {
  const details: string[] = [];
  switch (rule.type) {
    case "supermajority":
      details.push(`Passes with at least ${formatFraction(rule.threshold)} of the votes for and against.`);
      break;
    case "consent": {
      const blocks = rule.maxBlocks ?? 0;
      details.push(blocks === 0 ? "A single block stops it." : `Passes with up to ${formatCount(blocks)} ${blocks === 1 ? "block" : "blocks"}.`);
      break;
    }
    case "consensus": {
      const standAsides = rule.maxStandAsides ?? 0;
      details.push(
        standAsides === 0
          ? "A single block or stand-aside stops it."
          : `A single block stops it; up to ${formatCount(standAsides)} ${standAsides === 1 ? "member" : "members"} may stand aside.`,
      );
      break;
    }
    case "score":
      details.push(`Scores from 0 to ${formatCount(rule.maxScore)}.`);
      break;
    default:
      break;
  }
  if (rule.quorum !== undefined) {
    details.push(`Quorum: ${formatFraction(rule.quorum)} of the electorate's voting weight must take part.`);
  }
  return { name: ruleExplanation(rule.type).name, details };
}
