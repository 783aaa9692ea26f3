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
    // Manual activation: each tab is a route, so the arrows only move focus and Enter follows (no page per arrow press).
    <Tabs className="ui-Tabs" selectedKey={selectedId} keyboardActivation="manual">
      <TabList aria-label={label} className="ui-TabList" items={tabs}>
        {(tab) => (
          <Tab id={tab.id} href={tab.href} className="ui-Tab">
            {tab.label}
          </Tab>
        )}
      </TabList>
      {/* Keyed by section: the panel takes its id when it mounts, and the selected tab's aria-controls must name it. */}
      <TabPanel key={selectedId} id={selectedId} className="ui-TabPanel">
        {children}
      </TabPanel>
    </Tabs>
  );
}
