import type { AppliedRule, OptionId, OptionTotals, Outcome } from "@chapterhouse/crdt/tally";
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

const HEADINGS = {
  plurality: { caption: "Weight of the ballots choosing each option", value: "Weight", share: "Share of ballots" },
  approval: { caption: "Weight of the ballots approving each option", value: "Approval weight", share: "Approved by" },
  score: { caption: "Weighted total score of each option", value: "Total score", share: "Of the highest possible total" },
} as const;

/** Each option's total with a bar (T11–T13), best first; the winner and any tie said in words. */
export function OptionTotalsView({ rule, totals, options, ranking, winners, outcome, turnoutWeight }: OptionTotalsViewProps) {
  const value = (id: string) => totals.options[id] ?? 0;
  const order = displayOrder(Object.keys(totals.options), ranking, options, value);
  const winning = new Set<string>(winners);
  const state = outcome === "tie" ? "tied" : outcome === "decided" ? "first" : undefined;
  // Plurality and approval: shares of the weight that voted. Score: of every voter giving the maximum.
  const whole = rule.type === "score" ? turnoutWeight * rule.maxScore : turnoutWeight;
  const headings = HEADINGS[rule.type === "score" || rule.type === "approval" ? rule.type : "plurality"];
  return (
    <div className="tally-totals">
      <TotalsTable
        caption={headings.caption}
        rows={order.map((id) => ({
          key: id,
          label: optionLabel(options, id),
          value: value(id),
          ...(winning.has(id) && state !== undefined ? { state } : {}),
        }))}
        whole={whole}
        labelHeading="Option"
        valueHeading={headings.value}
        shareHeading={headings.share}
      />
    </div>
  );
}
