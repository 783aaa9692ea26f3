import type { OptionId, SchulzeTotals } from "@chapterhouse/crdt/tally";
import { optionLabel, type BallotOption } from "./ballot-option.js";
import { formatCount } from "../../../shared/i18n/format-number.js";

/** Props of the Schulze tables. */
export interface SchulzeViewProps {
  readonly totals: SchulzeTotals;
  readonly options: readonly BallotOption[];
  /** The result's ranking; rows and columns follow it (T15.4). */
  readonly ranking: readonly (readonly OptionId[])[];
}

/**
 * The pairwise table d[x][y] (T15.1) and the strongest paths p[x][y] (T15.3), rows and columns in
 * ranking order. A cell where the row's option wins the pair, or beats the column's option,
 * says so in words (visually hidden) as well as in its style.
 */
export function SchulzeView({ totals, options, ranking }: SchulzeViewProps) {
  const ranked = ranking.flat();
  const order = [...ranked, ...Object.keys(totals.pairwise).filter((id) => !ranked.includes(id as OptionId)).sort()];
  return (
    <div className="schulze">
      <PairTable
        caption="Head to head: the weight of ballots ranking the row's option above the column's"
        table={totals.pairwise}
        order={order}
        options={options}
        winWord="wins this pair"
      />
      <PairTable
        caption="Strongest paths: a chain of wins is as strong as its weakest link; the row's option beats the column's when its path is stronger"
        table={totals.strongestPaths}
        order={order}
        options={options}
        winWord="beats"
      />
    </div>
  );
}

interface PairTableProps {
  readonly caption: string;
  readonly table: SchulzeTotals["pairwise"];
  readonly order: readonly string[];
  readonly options: readonly BallotOption[];
  readonly winWord: string;
}

function PairTable({ caption, table, order, options, winWord }: PairTableProps) {
  const cell = (x: string, y: string) => table[x]?.[y] ?? 0;
  return (
    <div className="pair-table-wrap">
      <table className="pair-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {order.map((y) => (
              <th key={y} scope="col">
                <span className="visually-hidden">over </span>
                {optionLabel(options, y)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((x) => (
            <tr key={x}>
              <th scope="row">{optionLabel(options, x)}</th>
              {order.map((y) => {
                if (x === y) {
                  return (
                    <td key={y} className="pair-self">
                      <span aria-hidden="true">–</span>
                    </td>
                  );
                }
                const wins = cell(x, y) > cell(y, x);
                return (
                  <td key={y} className="num" data-wins={wins}>
                    {formatCount(cell(x, y))}
                    {wins && <span className="visually-hidden"> ({winWord})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
