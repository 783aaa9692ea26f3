import { useId, type ReactNode } from "react";
import { Skeleton } from "./Skeleton.js";
import "./tokens.css";
import "./SummaryList.css";

/** One line of a summary: its key, unique in the list, and what it shows (a link through, then a few words). */
export interface SummaryItem {
  readonly key: string;
  readonly content: ReactNode;
}

export interface SummaryListProps {
  /** What the summary is of ("Open votes"): its heading and its list's name. */
  readonly title: string;
  /** Its lines, at most a few; undefined while they are read. */
  readonly items: readonly SummaryItem[] | undefined;
  /** Said when there are none: what is missing and what to do, with the link to do it. */
  readonly empty: ReactNode;
  /** A link through to everything summed up, under the lines. */
  readonly more?: ReactNode;
}

/**
 * A short summary of what is happening in one part of a page (a chapter's home page: its open
 * votes, latest topics, upcoming events), each line linking through, or what to do when there is
 * nothing yet.
 */
export function SummaryList({ title, items, empty, more }: SummaryListProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="ui-SummaryList">
      <h3 id={id}>{title}</h3>
      {items === undefined ? (
        <Skeleton lines={1} />
      ) : items.length === 0 ? (
        <p className="ui-SummaryList-empty">{empty}</p>
      ) : (
        <ul aria-labelledby={id}>
          {items.map((item) => (
            <li key={item.key}>{item.content}</li>
          ))}
        </ul>
      )}
      {more === undefined || items === undefined || items.length === 0 ? null : <p>{more}</p>}
    </section>
  );
}

/** The few words after a summary line's link (where, who, when), quieter than the link. */
export function SummaryMeta({ children }: { readonly children: ReactNode }) {
  return <span className="ui-SummaryList-meta">{children}</span>;
}
