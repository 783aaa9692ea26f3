import { useId, type ReactNode } from "react";
import "./tokens.css";
import "./Card.css";

export interface CardProps {
  /** The card's heading; a titled card is a region named by it. */
  readonly title?: string;
  readonly headingLevel?: 2 | 3 | 4;
  readonly children: ReactNode;
  /** Actions at the card's foot. */
  readonly footer?: ReactNode;
}

/** A bordered group of related content (a vote, a proposal, a member). */
export function Card({ title, headingLevel = 3, children, footer }: CardProps) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="ui-Card" {...(title === undefined ? {} : { "aria-labelledby": id })}>
      {title === undefined ? null : (
        <Heading id={id} className="ui-Card-title">
          {title}
        </Heading>
      )}
      <div className="ui-Card-body">{children}</div>
      {footer === undefined ? null : <div className="ui-Card-footer">{footer}</div>}
    </section>
  );
}
