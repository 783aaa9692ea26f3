import { barWidth, formatCount, formatPercent } from "../../../shared/i18n/format-number.js";

/** One row of a totals table. */
export interface TotalsRow {
  readonly key: string;
  readonly label: string;
  /** The exact total (weight, or weighted score). */
  readonly value: number;
  /** The number of ballots behind it, where the rule counts them (yes/no rules). */
  readonly ballots?: number;
  /** How the row stands, in words, e.g. "winner", "tied", "eliminated"; shown, not only coloured. */
  readonly state?: string;
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
  return (
    <table className="tally-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeading}</th>
          {ballotsHeading !== undefined && (
            <th scope="col" className="num">
              {ballotsHeading}
            </th>
          )}
          <th scope="col" className="num">
            {valueHeading}
          </th>
          <th scope="col">{shareHeading}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-state={row.state}>
            <th scope="row">
              {row.label}
              {row.state !== undefined && <span className="tally-state"> ({row.state})</span>}
            </th>
            {ballotsHeading !== undefined && <td className="num">{formatCount(row.ballots ?? 0)}</td>}
            <td className="num">{formatCount(row.value)}</td>
            <td className="tally-share">
              <span className="tally-bar" aria-hidden="true">
                <span className="tally-bar-fill" style={{ width: barWidth(row.value, whole) }} />
              </span>
              <span className="num">{formatPercent(row.value, whole)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
