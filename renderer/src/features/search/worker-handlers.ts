/**
 * What the search feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * the index of an organisation's searchable items is built here, never on the page's thread, and
 * kept among the worker's results under the key the page names (its items' version); a search
 * reads it. An index dropped from the results (they keep the latest few) answers null: the page
 * sends the items again.
 */
import type { ChapterId } from "@chapterhouse/crdt/records";
import type MiniSearch from "minisearch";
import { isArrayOf, isObjectOf, isSafeInteger, isString, type Guard } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import type { WorkerContext } from "../../shared/worker/worker-context.js";
import type { SearchItem } from "../../shared/routing/search-sources.js";
import { buildSearchIndex, searchIndex, type SearchGroup } from "./search-index.js";

const isChapter: Guard<ChapterId | null> = (value): value is ChapterId | null => value === null || typeof value === "string";
const isSearchItem: Guard<SearchItem> = isObjectOf({ key: isString, kind: isString, chapter: isChapter, title: isString, text: isString, href: isString, at: isSafeInteger });

/** The index kept under `key`, if the worker still holds it. */
class IndexGone extends Error {}

const memoKey = (key: string) => `search ${key}`;

/** The search feature's handlers. */
export const searchHandlers = {
  /** Builds the index of `items` under `key` (once per key), in the background lane; how many items it holds. */
  searchIndexItems: backgroundHandler(isObjectOf({ key: isString, items: isArrayOf(isSearchItem) }), async ({ key, items }, context: WorkerContext): Promise<number> => {
    const index = (await context.results.get(memoKey(key), () => Promise.resolve(buildSearchIndex(items)))) as MiniSearch<SearchItem>;
    return index.documentCount;
  }),
  /** What `query` finds in the index kept under `key`, grouped by kind and chapter; null when the worker no longer holds it. */
  searchFind: handler(isObjectOf({ key: isString, query: isString }), async ({ key, query }, context: WorkerContext): Promise<SearchGroup[] | null> => {
    try {
      const index = (await context.results.get(memoKey(key), () => Promise.reject(new IndexGone()))) as MiniSearch<SearchItem>;
      return searchIndex(index, query);
    } catch (error) {
      if (error instanceof IndexGone) return null;
      throw error;
    }
  }),
};
