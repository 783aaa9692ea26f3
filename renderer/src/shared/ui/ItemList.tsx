import type { ReactNode } from "react";
import "./tokens.css";
import "./ItemList.css";

export interface ItemListProps {
  /** Names the list ("Organisations to export"). */
  readonly label: string;
  /** Its items: `li` elements, each one thing with its actions on one wrapping row. */
  readonly children: ReactNode;
}

/** A named list of things, each a bordered row with its actions (sync servers, meetings, files' organisations). */
export function ItemList({ label, children }: ItemListProps) {
  return (
    <ul className="ui-ItemList" aria-label={label}>
      {children}
    </ul>
  );
}
