import type { ReactNode } from "react";
import { PageHeading } from "./PageHeading.js";

export interface SubjectUnshownProps {
  /** The page's own class, so it is laid out as the page it stands for. */
  readonly className: string;
  readonly title: string;
  /** What the page waits for, said while it waits; undefined once read and not found. */
  readonly waiting: string | undefined;
  /** That its subject (a topic, a post, a current) is not found. */
  readonly notFound: string;
  /** What went wrong reading it, if anything. */
  readonly problem: ReactNode;
  /** The way back. */
  readonly back: ReactNode;
}

/** The page of one thing while it is not shown: still being read (busy), or not found; the problem and the way back either way. */
export function SubjectUnshown({ className, title, waiting, notFound, problem, back }: SubjectUnshownProps) {
  return (
    <div className={className}>
      <PageHeading>{title}</PageHeading>
      {waiting === undefined ? <p>{notFound}</p> : <p aria-busy="true">{waiting}</p>}
      {problem}
      {back}
    </div>
  );
}
