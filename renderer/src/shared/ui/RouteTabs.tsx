import type { ReactNode } from "react";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components/Tabs";
import "./tokens.css";
import "./RouteTabs.css";

/** One section of a page, reached by its own route. */
export interface RouteTab {
  readonly id: string;
  readonly label: string;
  readonly href: string;
}

export interface RouteTabsProps {
  /** Names the list of sections ("Chapter sections"). */
  readonly label: string;
  readonly tabs: readonly RouteTab[];
  /** The section the current route shows. */
  readonly selectedId: string;
  /** That section's content. */
  readonly children: ReactNode;
}

/**
 * A page's sections as tabs that are links: the route decides which is selected, so a section
 * can be linked to, reloaded and reached with Back. Arrow keys move between tabs, Enter follows one.
 */
export function RouteTabs({ label, tabs, selectedId, children }: RouteTabsProps) {
  return (
    <Tabs className="ui-Tabs" selectedKey={selectedId}>
      <TabList aria-label={label} className="ui-TabList" items={tabs}>
        {(tab) => (
          <Tab id={tab.id} href={tab.href} className="ui-Tab">
            {tab.label}
          </Tab>
        )}
      </TabList>
      {/* One panel per section (keyed): a panel kept across routes carried the previous section's state and lost its id. */}
      <TabPanel key={selectedId} id={selectedId} className="ui-TabPanel">
        {children}
      </TabPanel>
    </Tabs>
  );
}
