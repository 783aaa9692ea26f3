/**
 * What needs the member in one organisation: every registered provider's items (votes, proposals,
 * decisions, invitations…), read in ONE live query per organisation over the organisation's live
 * query (its roster and fold, computed once per change in the worker) and the documents the
 * providers follow; each provider's reading runs in the worker, and the page only places each
 * item in the tree.
 */
import type { MemberKey } from "@chapterhouse/crdt/records";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { QuerySpec } from "../../shared/documents/live-query.js";
import type { HomeGroup, HomeItemsReader } from "../../shared/routing/home-items.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { homeReadContext } from "./home-read-context.js";
import { placeOf } from "./place-of.js";
import type { PlacedItem } from "./sort-home-items.js";

/** A provider's reader, by its group. */
export interface GroupReader {
  readonly group: HomeGroup;
  readonly read: HomeItemsReader;
}

/** One group's items in one organisation. */
export interface GroupItems {
  readonly group: HomeGroup;
  readonly items: readonly PlacedItem[];
}

/** What the query is about. */
export interface HomeItemsSubject {
  readonly organisation: OpenOrganisation;
  readonly member: MemberKey;
  /** The member's last visit before this session (undefined: none). */
  readonly since: number | undefined;
  /** The device clock. */
  readonly now: () => number;
}

/** The query of every group's items in `subject.organisation` (groups in `readers`' order). */
export function homeItemsQuery(readers: readonly GroupReader[], { organisation, member, since, now }: HomeItemsSubject): QuerySpec<GroupItems[]> {
  const scope = organisation.url;
  return {
    key: `home items ${scope} ${member} ${since ?? "-"}`,
    async read(query) {
      const context = await homeReadContext(query, organisation, member, since, now());
      if (context === null) return [];
      const { roster } = context.organisation;
      const id = documentIdOf(scope);
      const groups: GroupItems[] = [];
      // One provider after another: each may follow documents (a Pending ends the read until they arrive).
      for (const { group, read } of readers) {
        const items = await read(context);
        groups.push({ group, items: items.map((item) => ({ ...item, organisation: id, place: placeOf(roster, item.chapter) })) });
      }
      return groups;
    },
  };
}
