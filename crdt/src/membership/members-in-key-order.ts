/**
 * The direct members of several chapters, each key once, in ascending key order (UTF-16 code
 * units), with the chapters it is a direct member of: the walk behind the electorate (M11.3).
 *
 * A roster keeps each chapter's members in key order (`ChapterRoster.members`), so the keys are
 * merged, chapter list by chapter list, instead of sorted again as one list: a sort of 100,000
 * keys compares each key about twenty times, each time reading a string that lies anywhere in a
 * large heap, where the merge reads each key about once from memory and compares it with the
 * lists' current keys, which stay at hand; and keys are compared by their first code units
 * (`codeUnitPrefix`) before they are compared as strings. A list that is not in key order (a
 * roster built by hand) is sorted first.
 */
import type { ChapterId, MemberKey } from "../records/ids.js";
import { codeUnitPrefix } from "./code-unit-order.js";
import type { Roster } from "./roster.js";

/**
 * Calls `visit` once per key that is a direct member of one of `chapters` (ids of `roster`, in
 * ascending id order, each once), in ascending key order, with the chapters among them it is a
 * direct member of, in the order of `chapters`. `visit`'s array is reused between calls: copy it
 * to keep it. Never throws.
 */
export function forEachMemberInKeyOrder(roster: Roster, chapters: readonly ChapterId[], visit: (key: MemberKey, chapters: readonly ChapterId[]) => void): void {
  const lists: MemberKey[][] = [];
  const prefixes: Float64Array[] = [];
  const listChapter: ChapterId[] = [];
  for (const id of chapters) {
    let keys = [...(roster.chapters.get(id)?.members.keys() ?? [])];
    if (keys.length === 0) continue;
    let prefix = keys.map(codeUnitPrefix);
    if (!ascending(keys, prefix)) {
      keys = keys.sort();
      prefix = keys.map(codeUnitPrefix);
    }
    lists.push(keys);
    prefixes.push(Float64Array.from(prefix));
    listChapter.push(id);
  }
  const scratch: ChapterId[] = [];
  if (lists.length === 1) {
    scratch.push(listChapter[0]!);
    for (const key of lists[0]!) visit(key, scratch);
    return;
  }
  // A min-heap of list numbers by (current key, list number): equal keys leave in list order.
  const next = new Int32Array(lists.length);
  const heads: MemberKey[] = lists.map((list) => list[0]!);
  const headPrefix = Float64Array.from(prefixes, (prefix) => prefix[0]!);
  const heap = new Int32Array(lists.length);
  let size = 0;
  const less = (a: number, b: number): boolean => {
    const p = headPrefix[a]!;
    const q = headPrefix[b]!;
    if (p !== q) return p < q;
    const x = heads[a]!;
    const y = heads[b]!;
    return x < y || (x === y && a < b);
  };
  const siftDown = (from: number): void => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) return;
      const right = left + 1;
      const least = right < size && less(heap[right]!, heap[left]!) ? right : left;
      if (!less(heap[least]!, heap[i]!)) return;
      const swap = heap[i]!;
      heap[i] = heap[least]!;
      heap[least] = swap;
      i = least;
    }
  };
  for (let list = 0; list < lists.length; list++) heap[size++] = list;
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i);
  while (size > 0) {
    const first = heap[0]!;
    const key = heads[first]!;
    const keyPrefix = headPrefix[first]!;
    scratch.length = 0;
    // Every list whose current key is `key` gives its chapter, in list order, and moves on.
    for (let list = first; size > 0 && headPrefix[(list = heap[0]!)] === keyPrefix && heads[list] === key; ) {
      scratch.push(listChapter[list]!);
      const at = ++next[list]!;
      if (at < lists[list]!.length) {
        heads[list] = lists[list]![at]!;
        headPrefix[list] = prefixes[list]![at]!;
      } else {
        heap[0] = heap[--size]!;
      }
      siftDown(0);
    }
    visit(key, scratch);
  }
}

/** True if `keys` (with their prefixes) is in strictly ascending order. */
function ascending(keys: readonly string[], prefix: readonly number[]): boolean {
  for (let i = 1; i < keys.length; i++) {
    const p = prefix[i - 1]!;
    const q = prefix[i]!;
    if (p > q || (p === q && !(keys[i - 1]! < keys[i]!))) return false;
  }
  return true;
}
