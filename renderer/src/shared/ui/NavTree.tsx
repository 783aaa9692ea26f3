import { useDeferredValue, useMemo, useState } from "react";
import { Button as AriaButton } from "react-aria-components/Button";
import { Link as AriaLink } from "react-aria-components/Link";
import { NavigationTree, NavigationTreeItem, NavigationTreeItemContent } from "react-aria-components/NavigationTree";
import { Icon } from "./icons.js";
import "./tokens.css";
import "./NavTree.css";

/** A place in the navigation (an organisation, a chapter) and the places under it. */
export interface NavNode {
  readonly id: string;
  readonly label: string;
  readonly href: string;
  /** A short word after the label ("city", "3 open votes"). */
  readonly detail?: string;
  readonly children?: readonly NavNode[];
}

export interface NavTreeProps {
  /** Names the navigation ("Your organisations"). */
  readonly label: string;
  readonly nodes: readonly NavNode[];
  /** The current route's href: its item is marked as the current page and its ancestors stand out. */
  readonly currentHref?: string;
  /** Which items start expanded (the current item's ancestors, typically). */
  readonly defaultExpandedIds?: readonly string[];
  /**
   * Which items are expanded, for a tree that must open the current item's ancestors when the
   * current page changes (with `onExpandedChange`, told of the member's own expanding).
   */
  readonly expandedIds?: readonly string[];
  readonly onExpandedChange?: (ids: string[]) => void;
}

/** The places a tree shows on its first render: none, its own follow as a transition. */
const NO_NODES: readonly NavNode[] = [];

/**
 * A tree of links (react-aria NavigationTree): Tab reaches it once, the arrow keys move and
 * expand, Enter follows a link; the current page is announced as such. A change of its places or
 * of the current page is rendered as a transition (`useDeferredValue`): the tree of a
 * 400-chapter organisation took 80–140 ms of one task to render again whenever the organisation
 * was read again or the page changed (issue 15); React renders it in slices of a few milliseconds
 * and shows it when done. Its first render too shows no places, then its own as a transition: the
 * tree appeared once a joining member's Home named the organisation, and that render of a
 * 400-chapter organisation (the joined chapter's ancestors open) held the page in one task of
 * 90 ms of CPU (issue 15). The member's own expanding is shown at once.
 * Only what can show is given to the tree: a collapsed item's places are left out but the first
 * (hidden with it: the item keeps its expand button, is announced as collapsed and expands from the
 * keyboard as before), unless the current page is among them — committing a 400-chapter
 * organisation's every item still held the page for 60–80 ms of CPU at each read while a join
 * brought its chapters (issue 15).
 */
export function NavTree({ label, nodes, currentHref, defaultExpandedIds = [], expandedIds, onExpandedChange }: NavTreeProps) {
  const [ownExpanded, setOwnExpanded] = useState<readonly string[]>(defaultExpandedIds);
  const expanded = expandedIds ?? ownExpanded;
  const shownNodes = useDeferredValue(nodes, NO_NODES);
  const shownHref = useDeferredValue(currentHref);
  // The same elements while the places, the current page and the expanded items are the same: an
  // urgent render of the tree (a key pressed) does not build them again.
  const items = useMemo(() => {
    const open = new Set([...expanded, ...ancestorsOf(shownNodes, shownHref)]);
    return shownNodes.map((node) => renderNode(node, open));
  }, [shownNodes, shownHref, expanded]);
  return (
    <NavigationTree
      aria-label={label}
      className="ui-NavTree"
      selectedRoute={shownHref ?? null}
      expandedKeys={expanded}
      onExpandedChange={(keys: ReadonlySet<string | number>) => {
        const ids = [...keys].map(String);
        if (expandedIds === undefined) setOwnExpanded(ids);
        onExpandedChange?.(ids);
      }}
    >
      {items}
    </NavigationTree>
  );
}

/** The ids of the items above the one whose href is `href` (none if no item has it). Pure. */
function ancestorsOf(nodes: readonly NavNode[], href: string | undefined): string[] {
  return href === undefined ? [] : (pathTo(nodes, href) ?? []);
}

/** The ids of the items above the one whose href is `href`, or undefined if no item has it. Pure. */
function pathTo(nodes: readonly NavNode[], href: string): string[] | undefined {
  for (const node of nodes) {
    if (node.href === href) return [];
    const below = node.children === undefined ? undefined : pathTo(node.children, href);
    if (below !== undefined) return [node.id, ...below];
  }
  return undefined;
}

function renderNode(node: NavNode, open: ReadonlySet<string>) {
  const children = node.children === undefined || node.children.length === 0 || open.has(node.id) ? node.children : node.children.slice(0, 1);
  return (
    <NavigationTreeItem key={node.id} id={node.id} href={node.href} textValue={node.label} className="ui-NavTree-item">
      <NavigationTreeItemContent>
        {({ hasChildItems }) => (
          <div className="ui-NavTree-row">
            {hasChildItems ? (
              <AriaButton slot="chevron" className="ui-NavTree-chevron">
                <Icon name="chevronRight" />
              </AriaButton>
            ) : (
              <span className="ui-NavTree-spacer" />
            )}
            <AriaLink className="ui-NavTree-link">{node.label}</AriaLink>
            {node.detail === undefined ? null : <span className="ui-NavTree-detail">{node.detail}</span>}
          </div>
        )}
      </NavigationTreeItemContent>
      {children?.map((child) => renderNode(child, open))}
    </NavigationTreeItem>
  );
}
