import type { AppliedRule, ChoiceTotals, YesNoRuleType } from "@chapterhouse/crdt/tally";
import { choiceWords } from "./choice-words.js";
import { formatCount, formatCountOf, formatFraction } from "../../../shared/i18n/format-number.js";
import { TotalsTable } from "./TotalsTable.js";

/** Props of the totals of a yes/no rule. */
export interface ChoiceTotalsViewProps {
  /** A yes/no rule as applied (T17); another rule shows nothing. */
  readonly rule: AppliedRule;
  readonly totals: ChoiceTotals;
  /** The counted ballots' weight (turnout.weight): what the shares are of. */
  readonly turnoutWeight: number;
}

/** Totals of majority, supermajority, consent or consensus, and the rule's test in numbers (T7–T10). */
export function ChoiceTotalsView({ rule, totals, turnoutWeight }: ChoiceTotalsViewProps) {
  if (!isYesNoRuleType(rule.type)) return null;
  const rows = choiceWords(rule.type).map((word) => ({
    key: word.value,
    label: word.label,
    value: totals.choices[word.value]?.weight ?? 0,
    ballots: totals.choices[word.value]?.ballots ?? 0,
  }));
  return (
    <div className="tally-totals">
      <TotalsTable
        caption="Ballots by answer"
        rows={rows}
        whole={turnoutWeight}
        labelHeading="Answer"
        ballotsHeading="Ballots"
        valueHeading="Weight"
        shareHeading="Share of weight"
      />
      <p className="tally-test">{ruleTest(rule, totals)}</p>
    </div>
  );
}

function isYesNoRuleType(type: string): type is YesNoRuleType {
  return type === "majority" || type === "supermajority" || type === "consent" || type === "consensus";
}

function weightOf(totals: ChoiceTotals, word: string): number {
  return totals.choices[word]?.weight ?? 0;
}

function membersOf(totals: ChoiceTotals, word: string): number {
  return totals.choices[word]?.ballots ?? 0;
}

/** The rule's test, with this tally's numbers. */
function ruleTest(rule: AppliedRule, totals: ChoiceTotals): string {
  switch (rule.type) {
    case "majority": {
      const forWeight = weightOf(totals, "for");
      const against = weightOf(totals, "against");
      const verdict = forWeight > against ? "more than" : forWeight === against ? "equal to, not more than," : "less than";
      return `For (${formatCount(forWeight)}) is ${verdict} against (${formatCount(against)}). It passes when for is more than against.`;
    }
    case "supermajority": {
      const share = totals.share ?? null;
      const needed = `It passes when for reaches ${formatFraction(rule.threshold)} of the votes for and against.`;
      return share === null ? `No one has voted for or against yet. ${needed}` : `For has ${formatFraction(share)} of the votes for and against. ${needed}`;
    }
    case "consent": {
      const blocks = membersOf(totals, "block");
      return `${formatCountOf(blocks, "member blocks", "members block")}; up to ${formatCount(rule.maxBlocks)} allowed. Blocks count by member, not weight.`;
    }
    case "consensus": {
      const blocks = membersOf(totals, "block");
      const standAsides = membersOf(totals, "stand-aside");
      return `${formatCountOf(blocks, "member blocks", "members block")} and ${formatCountOf(standAsides, "member stands", "members stand")} aside; it passes with no block and up to ${formatCount(rule.maxStandAsides)} ${rule.maxStandAsides === 1 ? "stand-aside" : "stand-asides"}. Counted by member, not weight.`;
    }
    default:
      return "";
  }
}
