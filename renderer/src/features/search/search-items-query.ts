/**
 * The searchable items of one organisation: every registered source's, read in ONE live query per
 * organisation over the home's read context (so it follows what syncs), then indexed by the worker
 * under a key naming this version of the items (`searchIndexItems`); the page keeps the items only
 * to send them again should the worker have dropped the index.
 */
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { QuerySpec } from "../../shared/documents/live-query.js";
import type { SearchItem, SearchReader } from "../../shared/routing/search-sources.js";
import { homeReadContext } from "../home/index.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { SearchWorker } from "./search-worker.js";

/** One organisation's items, indexed in the worker under `key`. */
export interface IndexedItems {
  readonly key: string;
  readonly items: readonly SearchItem[];
}

/** A short fingerprint of the items (each one's key and time, in order): a new version gets a new index. Never throws. */
export function itemsVersion(items: readonly SearchItem[]): string {
  // FNV-1a over the items' keys and times: a cache key, not a security boundary.
  let hash = 0x811c9dc5;
  for (const { key, at } of items) {
    const text = `${key}@${at};`;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `${items.length}-${hash.toString(36)}`;
}

/** The query of the items `readers` give in `organisation` for `member`, indexed by `worker`. */
export function searchItemsQuery(readers: readonly SearchReader[], worker: Pick<SearchWorker, "searchIndexItems">, organisation: OpenOrganisation, member: MemberKey, now: () => number): QuerySpec<IndexedItems> {
  return {
    key: `search ${organisation.url} ${member}`,
    async read(query) {
      const context = await homeReadContext(query, organisation, member, undefined, now());
      if (context === null) return { key: "", items: [] };
      const items: SearchItem[] = [];
      // One source after another: each may follow documents (a Pending ends the read until they arrive).
      for (const read of readers) items.push(...(await read(context)));
      const key = `${organisation.url} ${member} ${itemsVersion(items)}`;
      await worker.searchIndexItems({ key, items });
      return { key, items };
    },
  };
}
