import type { AppliedRule, OptionId, OptionTotals, Outcome } from "@chapterhouse/crdt/tally";
import { useT } from "../../../shared/i18n/use-t.js";
import { optionLabel, type BallotOption } from "./ballot-option.js";
import { displayOrder } from "./display-order.js";
import { TotalsTable } from "./TotalsTable.js";

/** Props of the totals of plurality, approval or score. */
export interface OptionTotalsViewProps {
  /** Plurality, approval or score as applied (T17); another rule reads as plurality. */
  readonly rule: AppliedRule;
  readonly totals: OptionTotals;
  readonly options: readonly BallotOption[];
  readonly ranking: readonly (readonly OptionId[])[];
  readonly winners: readonly OptionId[];
  readonly outcome: Outcome;
  /** The counted ballots' weight (turnout.weight). */
  readonly turnoutWeight: number;
}

/** Each option's total with a bar (T11–T13), best first; the winner and any tie said in words. */
export function OptionTotalsView({ rule, totals, options, ranking, winners, outcome, turnoutWeight }: OptionTotalsViewProps) {
  const t = useT("votes");
  const value = (id: string) => totals.options[id] ?? 0;
  const order = displayOrder(Object.keys(totals.options), ranking, options, value);
  const winning = new Set<string>(winners);
  const state = outcome === "tie" ? "tied" : outcome === "decided" ? "first" : undefined;
  // Plurality and approval: shares of the weight that voted. Score: of every voter giving the maximum.
  const whole = rule.type === "score" ? turnoutWeight * rule.maxScore : turnoutWeight;
  const kind = rule.type === "score" || rule.type === "approval" ? rule.type : "plurality";
  return (
    <div className="tally-totals">
      <TotalsTable
        caption={t(`tally.${kind}.caption`)}
        rows={order.map((id) => ({ key: id, label: optionLabel(options, id), value: value(id), ...(winning.has(id) && state !== undefined ? { state } : {}) }))}
        whole={whole}
        labelHeading={t("tally.option")}
        valueHeading={t(`tally.${kind}.value`)}
        shareHeading={t(`tally.${kind}.share`)}
      />
    </div>
  );
}
