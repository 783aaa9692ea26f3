import { useId, type ReactNode } from "react";
import "./tokens.css";
import "./DataTable.css";

/** A column: its heading and how a row fills it. `isRowHeader` names the row (the first such column). */
export interface DataColumn<Row> {
  readonly id: string;
  readonly title: string;
  readonly cell: (row: Row) => ReactNode;
  readonly isRowHeader?: boolean;
  /** Numbers align to the end. */
  readonly align?: "start" | "end";
}

export interface DataTableProps<Row> {
  /** Names the table (its caption). */
  readonly caption: string;
  readonly columns: readonly DataColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
}

/**
 * A plain data table (native table semantics: screen readers' table commands work) in a region
 * that scrolls sideways on narrow screens and can be scrolled from the keyboard.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey }: DataTableProps<Row>) {
  const id = useId();
  return (
    <div className="ui-DataTable-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="ui-DataTable">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.id} scope="col" data-align={column.align ?? "start"}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.isRowHeader === true ? (
                  <th key={column.id} scope="row" data-align={column.align ?? "start"}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} data-align={column.align ?? "start"}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
