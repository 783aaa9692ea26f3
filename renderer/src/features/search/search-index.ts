/**
 * The search index of what is on this device (issue 12 item 8), built in the worker: prefix and
 * fuzzy matching over each item's title and words (MiniSearch 7), accents and case ignored, so
 * "reunion" finds "Reunión"; results grouped by kind and chapter, the group of the best match
 * first. Pure but for MiniSearch's own state; never throws on content.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import type { SearchItem } from "../../shared/routing/search-sources.js";

/** At most this many results are given for one search. */
export const MAX_RESULTS = 100;
/**
 * How far a word may be from what was typed: a fifth of its length (one typo in five letters),
 * for words of four letters or more; a shorter one matches as typed or as a word's start (a fuzzy
 * two- or three-letter term matches most of the index and costs the most).
 */
const fuzzy = (term: string): number | false => (term.length >= 4 ? 0.2 : false);

/** One result: the item as indexed, with its score. */
export type SearchHit = Pick<SearchItem, "key" | "kind" | "chapter" | "title" | "href" | "at"> & { readonly score: number };

/** Results of one kind in one chapter, best first. */
export interface SearchGroup {
  readonly kind: string;
  readonly chapter: SearchItem["chapter"];
  readonly hits: readonly SearchHit[];
}

/** Lower case, without accents: what is indexed and searched. */
const fold = (term: string): string => term.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();

/** The index of `items` (each key once: a later item with a key already seen is left out). */
export function buildSearchIndex(items: readonly SearchItem[]): MiniSearch<SearchItem> {
  const index = new MiniSearch<SearchItem>({
    idField: "key",
    fields: ["title", "text"],
    storeFields: ["kind", "chapter", "title", "href", "at"],
    processTerm: fold,
    searchOptions: { prefix: true, fuzzy, boost: { title: 2 }, combineWith: "AND", processTerm: fold },
  });
  const seen = new Set<string>();
  index.addAll(items.filter((item) => !seen.has(item.key) && seen.add(item.key)));
  return index;
}

/** What `query` finds in `index`, grouped by kind and chapter (at most MAX_RESULTS hits); none for blank text. */
export function searchIndex(index: MiniSearch<SearchItem>, query: string): SearchGroup[] {
  if (query.trim().length === 0) return [];
  const hits = index.search(query).slice(0, MAX_RESULTS).map(hitOf);
  const groups = new Map<string, { kind: string; chapter: SearchItem["chapter"]; hits: SearchHit[] }>();
  for (const hit of hits) {
    const id = `${hit.kind} ${hit.chapter ?? ""}`;
    let group = groups.get(id);
    if (group === undefined) groups.set(id, (group = { kind: hit.kind, chapter: hit.chapter, hits: [] }));
    group.hits.push(hit);
  }
  // Hits come best first, so groups stand in the order of their best hit.
  return [...groups.values()];
}

function hitOf(result: SearchResult): SearchHit {
  const stored = result as SearchResult & Pick<SearchItem, "kind" | "chapter" | "title" | "href" | "at">;
  return { key: String(result.id), kind: stored.kind, chapter: stored.chapter, title: stored.title, href: stored.href, at: stored.at, score: result.score };
}
