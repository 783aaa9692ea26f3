import { useId } from "react";
import type { TallyResult } from "@chapterhouse/crdt/tally";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import type { BallotOption } from "./ballot-option.js";
import { ChoiceTotalsView } from "./ChoiceTotalsView.js";
import { OptionTotalsView } from "./OptionTotalsView.js";
import { OutcomeSummary } from "./OutcomeSummary.js";
import { RankingPlaces } from "./RankingPlaces.js";
import { RunoffRoundsView } from "./RunoffRoundsView.js";
import { SchulzeView } from "./SchulzeView.js";
import { isChoiceTotals, isOptionTotals, isRunoffTotals, isSchulzeTotals } from "./totals-guards.js";
import { TurnoutQuorum } from "./TurnoutQuorum.js";
import { useDescribeRule } from "./use-describe-rule.js";

/** Props of a tally display. */
export interface TallyViewProps {
  /** The core's tally result (PROTOCOL.md T17). */
  readonly result: TallyResult;
  /** The vote's options with their labels; ignored by yes/no rules. */
  readonly options: readonly BallotOption[];
  /** True for the sealed result of a close, false (default) for the live tally. */
  readonly sealed?: boolean;
}

/**
 * A tally in the form its rule needs: the outcome (announced politely when it changes), turnout
 * and quorum, then totals with bars, instant-runoff rounds or the Schulze tables, and the ranking.
 */
export function TallyView({ result, options, sealed = false }: TallyViewProps) {
  const t = useT("votes");
  const format = useFormat();
  const ids = useId();
  const rule = useDescribeRule()(result.rule);
  const { rule: applied, totals } = result;
  let detail = null;
  switch (applied.type) {
    case "majority":
    case "supermajority":
    case "consent":
    case "consensus":
      if (isChoiceTotals(totals)) detail = <ChoiceTotalsView rule={applied} totals={totals} turnoutWeight={result.turnout.weight} />;
      break;
    case "plurality":
    case "approval":
    case "score":
      if (isOptionTotals(totals)) {
        detail = (
          <OptionTotalsView
            rule={applied}
            totals={totals}
            options={options}
            ranking={result.ranking}
            winners={result.winners}
            outcome={result.outcome}
            turnoutWeight={result.turnout.weight}
          />
        );
      }
      break;
    case "irv":
      if (isRunoffTotals(totals)) detail = <RunoffRoundsView totals={totals} options={options} winners={result.winners} outcome={result.outcome} />;
      break;
    case "schulze":
      if (isSchulzeTotals(totals)) detail = <SchulzeView totals={totals} options={options} ranking={result.ranking} />;
      break;
  }
  return (
    <section className="tally-view" aria-labelledby={`${ids}-title`} data-sealed={sealed}>
      <h2 id={`${ids}-title`} className="vote-part-title">
        {sealed ? t("tally.sealed") : t("tally.live")}
      </h2>
      <p className="ballot-help">
        {[rule.name, ...rule.details].join(" · ")}
        {sealed ? null : ` ${t("tally.liveHelp")}`}
      </p>
      <div role="status" aria-live="polite" aria-atomic="true">
        <OutcomeSummary outcome={result.outcome} winners={result.winners} options={options} sealed={sealed} />
      </div>
      <TurnoutQuorum turnout={result.turnout} quorum={result.rule.quorum} quorumMet={result.quorumMet} />
      {detail}
      <RankingPlaces ranking={result.ranking} options={options} />
      {result.ignored.length > 0 && <p className="ballot-help">{t("tally.ignored", { count: result.ignored.length, n: format.count(result.ignored.length) })}</p>}
    </section>
  );
}
