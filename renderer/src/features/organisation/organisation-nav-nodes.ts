import { ancestorsOf, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import type { NavNode } from "../../shared/ui/NavTree.js";
import { chapterPath, organisationPath } from "./paths.js";

/** One organisation as the navigation shows it. */
export interface NavOrganisation {
  /** The Organisation document's id, as in the address. */
  readonly id: string;
  /** Its name until its roster names its root chapter. */
  readonly name: string;
  readonly root: ChapterId | undefined;
  /** The fold's roster, once read. */
  readonly roster: Roster | undefined;
}

/** A navigation item's id: the organisation's and the chapter's, unique across organisations. */
export function navNodeId(organisation: string, chapter: ChapterId): string {
  return `${organisation}/${chapter}`;
}

/**
 * The navigation's tree: each organisation as its root chapter, with the chapters under it
 * (sub-chapters in the order `compare` gives their names). An organisation whose root is not
 * known yet is one item leading to its address. Pure.
 */
export function organisationNavNodes(organisations: readonly NavOrganisation[], compare: (a: string, b: string) => number): NavNode[] {
  return organisations.map(({ id, name, root, roster }) => {
    const chapter = (chapterId: ChapterId): NavNode | undefined => {
      const known = roster?.chapters.get(chapterId);
      if (known === undefined) return undefined;
      const children = known.children
        .map(chapter)
        .filter((node) => node !== undefined)
        .sort((a, b) => compare(a.label, b.label));
      return { id: navNodeId(id, chapterId), label: known.name, href: chapterPath.href({ organisation: id, chapter: chapterId }), ...(children.length === 0 ? {} : { children }) };
    };
    const tree = root === undefined ? undefined : chapter(root);
    if (tree !== undefined) return tree;
    return root === undefined
      ? { id, label: name, href: organisationPath.href({ organisation: id }) }
      : { id: navNodeId(id, root), label: name, href: chapterPath.href({ organisation: id, chapter: root }) };
  });
}

/** The items to expand so that `chapter` shows: its ancestors' (not its own). Pure. */
export function navAncestorIds(organisation: string, roster: Roster, chapter: ChapterId): string[] {
  return ancestorsOf(roster, chapter)
    .slice(1)
    .map((id) => navNodeId(organisation, id));
}
