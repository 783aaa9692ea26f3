import type { OptionId, SchulzeTotals } from "@chapterhouse/crdt/tally";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { DataTable } from "../../../shared/ui/DataTable.js";
import { optionLabel, type BallotOption } from "./ballot-option.js";

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
  const t = useT("votes");
  const ranked = ranking.flat();
  const order = [...ranked, ...Object.keys(totals.pairwise).filter((id) => !ranked.includes(id as OptionId)).sort()];
  return (
    <div className="schulze">
      <PairTable caption={t("schulze.pairwise")} table={totals.pairwise} order={order} options={options} winWord={t("schulze.winsPair")} />
      <PairTable caption={t("schulze.paths")} table={totals.strongestPaths} order={order} options={options} winWord={t("schulze.beats")} />
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
  const t = useT("votes");
  const format = useFormat();
  const cell = (x: string, y: string) => table[x]?.[y] ?? 0;
  return (
    <div className="pair-table">
      <DataTable
        caption={caption}
        rows={order}
        rowKey={(x) => x}
        columns={[
          { id: "#", title: t("tally.option"), isRowHeader: true, cell: (x) => optionLabel(options, x) },
          ...order.map((y) => ({
            id: y,
            title: t("schulze.over", { option: optionLabel(options, y) }),
            align: "end" as const,
            cell: (x: string) => {
              if (x === y) return <span aria-hidden="true">–</span>;
              const wins = cell(x, y) > cell(y, x);
              return (
                <span data-wins={wins}>
                  {format.count(cell(x, y))}
                  {wins && <span className="ui-visually-hidden"> {winWord}</span>}
                </span>
              );
            },
          })),
        ]}
      />
    </div>
  );
}
