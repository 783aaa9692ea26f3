import type { AppliedRule, ChoiceTotals, YesNoRuleType } from "@chapterhouse/crdt/tally";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { choiceWords } from "./choice-words.js";
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
  const t = useT("votes");
  const format = useFormat();
  if (!isYesNoRuleType(rule.type)) return null;
  const weightOf = (word: string) => totals.choices[word]?.weight ?? 0;
  const membersOf = (word: string) => totals.choices[word]?.ballots ?? 0;
  const rows = choiceWords(rule.type).map((word) => ({ key: word, label: t(`choice.${word}`), value: weightOf(word), ballots: membersOf(word) }));

  let test = "";
  switch (rule.type) {
    case "majority": {
      const [forWeight, against] = [weightOf("for"), weightOf("against")];
      const values = { for: format.count(forWeight), against: format.count(against) };
      test = forWeight > against ? t("test.majorityMore", values) : forWeight === against ? t("test.majorityEqual", values) : t("test.majorityLess", values);
      break;
    }
    case "supermajority": {
      const needed = format.fraction(rule.threshold);
      test = totals.share === undefined || totals.share === null ? t("test.supermajorityNone", { needed }) : t("test.supermajority", { share: format.fraction(totals.share), needed });
      break;
    }
    case "consent": {
      const blocks = membersOf("block");
      test = t("test.consent", { blocks: format.count(blocks), allowed: format.count(rule.maxBlocks) });
      break;
    }
    case "consensus": {
      const [blocks, standAsides] = [membersOf("block"), membersOf("stand-aside")];
      test = t("test.consensus", { count: rule.maxStandAsides, blocks: format.count(blocks), standAsides: format.count(standAsides), allowed: format.count(rule.maxStandAsides) });
      break;
    }
  }
  return (
    <div className="tally-totals">
      <TotalsTable
        caption={t("tally.byAnswer")}
        rows={rows}
        whole={turnoutWeight}
        labelHeading={t("tally.answer")}
        ballotsHeading={t("tally.ballots")}
        valueHeading={t("tally.weight")}
        shareHeading={t("tally.shareOfWeight")}
      />
      <p className="tally-test">{test}</p>
    </div>
  );
}

function isYesNoRuleType(type: string): type is YesNoRuleType {
  return type === "majority" || type === "supermajority" || type === "consent" || type === "consensus";
}
