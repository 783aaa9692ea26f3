import { useId } from "react";
import type { TallyResult } from "@chapterhouse/crdt/tally";
import type { BallotOption } from "./ballot-option.js";
import { ChoiceTotalsView } from "./ChoiceTotalsView.js";
import { describeRule } from "./describe-rule.js";
import { formatCount } from "../../../shared/i18n/format-number.js";
import { OptionTotalsView } from "./OptionTotalsView.js";
import { OutcomeSummary } from "./OutcomeSummary.js";
import { RankingPlaces } from "./RankingPlaces.js";
import { RunoffRoundsView } from "./RunoffRoundsView.js";
import { SchulzeView } from "./SchulzeView.js";
import { isChoiceTotals, isOptionTotals, isRunoffTotals, isSchulzeTotals } from "./totals-guards.js";
import { TurnoutQuorum } from "./TurnoutQuorum.js";

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
  const ids = useId();
  const rule = describeRule(result.rule);
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
      <h2 id={`${ids}-title`}>{sealed ? "Sealed result" : "Live tally"}</h2>
      <p className="help">
        {rule.name}. {rule.details.join(" ")}
        {!sealed && " Counted from the ballots this device holds so far; it changes as ballots arrive."}
      </p>
      <div role="status" aria-live="polite" aria-atomic="true">
        <OutcomeSummary outcome={result.outcome} winners={result.winners} options={options} sealed={sealed} />
      </div>
      <TurnoutQuorum turnout={result.turnout} quorum={result.rule.quorum} quorumMet={result.quorumMet} />
      {detail}
      <RankingPlaces ranking={result.ranking} options={options} />
      {result.ignored.length > 0 && (
        <p className="help">
          {formatCount(result.ignored.length)} {result.ignored.length === 1 ? "ballot" : "ballots"} from outside the electorate
          {result.ignored.length === 1 ? " was" : " were"} not counted.
        </p>
      )}
    </section>
  );
}
