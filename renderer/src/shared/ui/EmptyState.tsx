import { useId, type ReactNode } from "react";
import "./tokens.css";
import "./EmptyState.css";

export interface EmptyStateProps {
  /** What is empty, plainly ("No proposals yet"). */
  readonly title: string;
  /** What to do about it ("Write the first proposal for your chapter."). */
  readonly description: string;
  /** The action that fills it: a Button or a Link. */
  readonly action?: ReactNode;
  readonly headingLevel?: 2 | 3 | 4;
}

/** Shown instead of an empty list: says what is missing and what to do, with the action at hand. */
export function EmptyState({ title, description, action, headingLevel = 2 }: EmptyStateProps) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="ui-EmptyState" aria-labelledby={id}>
      <Heading id={id} className="ui-EmptyState-title">
        {title}
      </Heading>
      <p className="ui-EmptyState-description">{description}</p>
      {action === undefined ? null : <div className="ui-EmptyState-action">{action}</div>}
    </section>
  );
}
