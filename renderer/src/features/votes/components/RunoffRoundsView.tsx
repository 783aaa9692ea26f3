import type { OptionId, Outcome, RunoffTotals } from "@chapterhouse/crdt/tally";
import { joinLabels, optionLabel, type BallotOption } from "./ballot-option.js";
import { displayOrder } from "./display-order.js";
import { formatCount } from "../../../shared/i18n/format-number.js";
import { TotalsTable } from "./TotalsTable.js";

/** Props of the rounds of an instant-runoff tally. */
export interface RunoffRoundsViewProps {
  readonly totals: RunoffTotals;
  readonly options: readonly BallotOption[];
  readonly winners: readonly OptionId[];
  readonly outcome: Outcome;
}

/**
 * One table per round (T14): the weight counting for each continuing option, the continuing and
 * exhausted weight, who is eliminated at the end of the round (together, when tied for last), and
 * how the last round ends: a majority of the continuing weight, or a tie that is not broken.
 */
export function RunoffRoundsView({ totals, options, winners, outcome }: RunoffRoundsViewProps) {
  const label = (id: string) => optionLabel(options, id);
  const winning = new Set<string>(winners);
  return (
    <div className="runoff-rounds">
      <h3>Rounds</h3>
      {totals.rounds.map((round, index) => {
        const last = index === totals.rounds.length - 1;
        const eliminated = new Set<string>(round.eliminated);
        const count = (id: string) => round.counts[id] ?? 0;
        const order = displayOrder(Object.keys(round.counts), [], options, count);
        const stateOf = (id: string): string | undefined => {
          if (eliminated.has(id)) return "eliminated";
          if (last && winning.has(id)) return outcome === "tie" ? "tied" : outcome === "decided" ? "majority" : undefined;
          return undefined;
        };
        return (
          <section key={index} className="runoff-round" aria-label={`Round ${index + 1}`}>
            <TotalsTable
              caption={`Round ${index + 1}`}
              rows={order.map((id) => {
                const state = stateOf(id);
                return { key: id, label: label(id), value: count(id), ...(state === undefined ? {} : { state }) };
              })}
              whole={round.continuing}
              labelHeading="Option"
              valueHeading="Weight"
              shareHeading="Share of continuing"
            />
            <p className="runoff-facts">
              Continuing: {formatCount(round.continuing)}. Exhausted (no continuing option ranked): {formatCount(round.exhausted)}. A
              majority is more than half of {formatCount(round.continuing)}.
            </p>
            <p className="runoff-end">{roundEnd(round.eliminated.map(label), last, outcome, winners.map(label))}</p>
          </section>
        );
      })}
    </div>
  );
}

function roundEnd(eliminated: readonly string[], last: boolean, outcome: Outcome, winners: readonly string[]): string {
  if (!last) {
    return eliminated.length === 1
      ? `${eliminated[0] ?? ""} has the least weight and is eliminated.`
      : `${joinLabels(eliminated)} tie for the least weight and are eliminated together.`;
  }
  if (outcome === "decided") return `${winners[0] ?? ""} has more than half of the continuing weight.`;
  if (outcome === "tie") return `Every continuing option has the least weight: a tie between ${joinLabels(winners)}, which is not broken.`;
  return "This is the last round.";
}
