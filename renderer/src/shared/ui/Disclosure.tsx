import { useState, type ReactNode } from "react";
import { Button as AriaButton } from "react-aria-components/Button";
import { Disclosure as AriaDisclosure, DisclosurePanel } from "react-aria-components/Disclosure";
import { Heading } from "react-aria-components/Heading";
import { Icon } from "./icons.js";
import "./tokens.css";
import "./Disclosure.css";

export interface DisclosureProps {
  /** What the hidden part holds ("How this vote is checked"). */
  readonly title: string;
  readonly children: ReactNode;
  readonly defaultExpanded?: boolean;
  /** The title's heading level in the page's outline (3 by default). */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Builds the hidden part only when first opened, then keeps it (what was typed stays): for a
   * form on a long page, whose fields would otherwise be built with the page (A11Y4).
   */
  readonly lazy?: boolean;
}

/**
 * A titled part shown on request: where protocol words (signed records, relays, ballot boxes,
 * text hashes) and other details live, so that screens speak plainly. Enter or Space on the
 * title opens and closes it.
 */
export function Disclosure({ title, children, defaultExpanded = false, headingLevel = 3, lazy = false }: DisclosureProps) {
  const [opened, setOpened] = useState(defaultExpanded || !lazy);
  return (
    <AriaDisclosure className="ui-Disclosure" defaultExpanded={defaultExpanded} onExpandedChange={(expanded) => setOpened((was) => was || expanded)}>
      <Heading level={headingLevel} className="ui-Disclosure-heading">
        <AriaButton slot="trigger" className="ui-Disclosure-trigger">
          <Icon name="chevronRight" className="ui-Disclosure-chevron" />
          {title}
        </AriaButton>
      </Heading>
      <DisclosurePanel className="ui-Disclosure-panel">{opened ? children : null}</DisclosurePanel>
    </AriaDisclosure>
  );
}
