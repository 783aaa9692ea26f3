import type { ReactNode } from "react";
import "./tokens.css";
import "./DataList.css";

/** One line of a DataList: a name and its value. */
export interface DataListItem {
  readonly id: string;
  readonly term: ReactNode;
  readonly details: ReactNode;
}

/** Names and values (a description list): "Closes · 27 Nov 2026, 18:00". Side by side when there is room. */
export function DataList({ items }: { readonly items: readonly DataListItem[] }) {
  return (
    <dl className="ui-DataList">
      {items.map((item) => (
        <div key={item.id} className="ui-DataList-row">
          <dt>{item.term}</dt>
          <dd>{item.details}</dd>
        </div>
      ))}
    </dl>
  );
}
