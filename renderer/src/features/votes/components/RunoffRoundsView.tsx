import type { OptionId, Outcome, RunoffTotals } from "@chapterhouse/crdt/tally";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { optionLabel, type BallotOption } from "./ballot-option.js";
import { displayOrder } from "./display-order.js";
import { TotalsTable, type TotalsState } from "./TotalsTable.js";

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
  const t = useT("votes");
  const format = useFormat();
  const label = (id: string) => optionLabel(options, id);
  const winning = new Set<string>(winners);

  function roundEnd(eliminated: readonly string[], last: boolean): string {
    if (!last) return eliminated.length === 1 ? t("runoff.eliminated", { option: eliminated[0] ?? "" }) : t("runoff.eliminatedTogether", { options: format.list(eliminated) });
    if (outcome === "decided") return t("runoff.majority", { option: label(winners[0] ?? "") });
    if (outcome === "tie") return t("runoff.tie", { options: format.list(winners.map(label)) });
    return t("runoff.last");
  }

  return (
    <div className="runoff-rounds">
      <h3>{t("runoff.rounds")}</h3>
      {totals.rounds.map((round, index) => {
        const last = index === totals.rounds.length - 1;
        const eliminated = new Set<string>(round.eliminated);
        const count = (id: string) => round.counts[id] ?? 0;
        const order = displayOrder(Object.keys(round.counts), [], options, count);
        const stateOf = (id: string): TotalsState | undefined => {
          if (eliminated.has(id)) return "eliminated";
          if (last && winning.has(id)) return outcome === "tie" ? "tied" : outcome === "decided" ? "majority" : undefined;
          return undefined;
        };
        const round1 = format.count(index + 1);
        return (
          <section key={index} className="runoff-round" aria-label={t("runoff.round", { n: round1 })}>
            <TotalsTable
              caption={t("runoff.round", { n: round1 })}
              rows={order.map((id) => {
                const state = stateOf(id);
                return { key: id, label: label(id), value: count(id), ...(state === undefined ? {} : { state }) };
              })}
              whole={round.continuing}
              labelHeading={t("tally.option")}
              valueHeading={t("tally.weight")}
              shareHeading={t("runoff.share")}
            />
            <p className="runoff-facts">{t("runoff.facts", { continuing: format.count(round.continuing), exhausted: format.count(round.exhausted) })}</p>
            <p className="runoff-end">{roundEnd(round.eliminated.map(label), last)}</p>
          </section>
        );
      })}
    </div>
  );
}
