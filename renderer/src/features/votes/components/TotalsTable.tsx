import { barWidth } from "../../../shared/i18n/format-number.js";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { DataTable } from "../../../shared/ui/DataTable.js";

/** How a row stands, said in words beside it (never by colour alone). */
export type TotalsState = "first" | "tied" | "majority" | "eliminated";

/** One row of a totals table. */
export interface TotalsRow {
  readonly key: string;
  readonly label: string;
  /** The exact total (weight, or weighted score). */
  readonly value: number;
  /** The number of ballots behind it, where the rule counts them (yes/no rules). */
  readonly ballots?: number;
  readonly state?: TotalsState;
}

/** Props of a table of totals with bars. */
export interface TotalsTableProps {
  readonly caption: string;
  readonly rows: readonly TotalsRow[];
  /** What the bars and percentages are shares of. */
  readonly whole: number;
  readonly labelHeading: string;
  readonly valueHeading: string;
  readonly shareHeading: string;
  /** Shows a ballots column when given. */
  readonly ballotsHeading?: string;
}

/**
 * Totals as a table with exact numbers, a rounded percentage and a bar. The bar is decoration
 * (aria-hidden); the numbers are the content, so the table reads the same without it.
 */
export function TotalsTable({ caption, rows, whole, labelHeading, valueHeading, shareHeading, ballotsHeading }: TotalsTableProps) {
  const t = useT("votes");
  const format = useFormat();
  return (
    <div className="tally-table">
      <DataTable
        caption={caption}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          {
            id: "label",
            title: labelHeading,
            isRowHeader: true,
            cell: (row) => (
              <span data-state={row.state}>
                {row.label}{" "}
                {row.state === undefined ? null : <span className="tally-state">{t("tally.stateShown", { state: t(`tally.state.${row.state}`) })}</span>}
              </span>
            ),
          },
          ...(ballotsHeading === undefined ? [] : [{ id: "ballots", title: ballotsHeading, align: "end" as const, cell: (row: TotalsRow) => format.count(row.ballots ?? 0) }]),
          { id: "value", title: valueHeading, align: "end", cell: (row) => format.count(row.value) },
          {
            id: "share",
            title: shareHeading,
            cell: (row) => (
              <span className="tally-share" data-state={row.state}>
                <span className="tally-bar" aria-hidden="true">
                  <span className="tally-bar-fill" style={{ width: barWidth(row.value, whole) }} />
                </span>
                <span className="tally-percent">{format.percent(row.value, whole)}</span>
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
