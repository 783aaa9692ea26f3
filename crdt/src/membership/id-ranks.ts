/**
 * Each string's place in UTF-16 code-unit order (as `<` and a plain `sort()` order them), as one
 * integer per string. Ranking 100,000 record ids (the fold's order) or sorting 200,000 report
 * lines by id (V9.4) this way costs a sort of numbers, not a sort of 43-character strings: each
 * string's first code units are packed once into a number beside its index, the numbers are sorted
 * as numbers, and only strings whose packed prefixes are equal are compared whole.
 */

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Bits of a number that hold an integer exactly. */
const EXACT_BITS = 53;
/** Bits per packed code unit: ids are base64url, below 128. */
const UNIT_BITS = 7;
const UNIT_LIMIT = 1 << UNIT_BITS;
/** Below this many strings, comparing them two at a time costs less than packing. */
const FEW = 64;

/**
 * `ranks[i]` is the place of `texts[i]` among `texts` in code-unit order (0 for the first). Equal
 * strings get distinct places, in the order they are given: the order of a stable sort. Never throws.
 */
export function codeUnitRanks(texts: readonly string[]): Int32Array {
  const byPlace = codeUnitOrder(texts);
  const ranks = new Int32Array(byPlace.length);
  for (let place = 0; place < byPlace.length; place++) ranks[byPlace[place]!] = place;
  return ranks;
}

/** `items`, sorted in place by `keyOf` in code-unit order as a stable sort sorts them, and returned. */
export function sortByCodeUnits<T>(items: T[], keyOf: (item: T) => string): T[] {
  const count = items.length;
  const keys = new Array<string>(count);
  for (let i = 0; i < count; i++) keys[i] = keyOf(items[i]!);
  const byPlace = codeUnitOrder(keys);
  const sorted = items.slice();
  for (let place = 0; place < count; place++) items[place] = sorted[byPlace[place]!]!;
  return items;
}

/** The indexes of `texts` in a stable code-unit order: `byPlace[0]` is the index of the first. */
function codeUnitOrder(texts: readonly string[]): Int32Array {
  const count = texts.length;
  const indexBits = Math.max(1, Math.ceil(Math.log2(count)));
  const units = Math.floor((EXACT_BITS - indexBits) / UNIT_BITS);
  return count < FEW || units < 2 ? comparedOrder(texts) : packedOrder(texts, indexBits, units);
}

/** The indexes of `texts` in a stable code-unit order, compared two at a time. */
function comparedOrder(texts: readonly string[]): Int32Array {
  const byPlace = Int32Array.from(texts, (_, i) => i);
  return byPlace.sort((a, b) => byText(texts[a]!, texts[b]!) || a - b);
}

/** The indexes of `texts` in a stable code-unit order, by packed prefixes (`units` of them) sorted as numbers. */
function packedOrder(texts: readonly string[], indexBits: number, units: number): Int32Array {
  const count = texts.length;
  const indexScale = 2 ** indexBits;
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) packed[i] = prefixOf(texts[i]!, units) * indexScale + i;
  packed.sort();
  const byPlace = new Int32Array(count);
  for (let i = 0; i < count; i++) byPlace[i] = packed[i]! % indexScale;
  // Strings whose packed prefixes are equal are in index order: sorted again by their whole text.
  let start = 0;
  while (start < count) {
    const prefix = Math.floor(packed[start]! / indexScale);
    let end = start + 1;
    while (end < count && Math.floor(packed[end]! / indexScale) === prefix) end++;
    if (end - start > 1) byPlace.subarray(start, end).sort((a, b) => byText(texts[a]!, texts[b]!) || a - b);
    start = end;
  }
  return byPlace;
}

/**
 * The first `units` code units of `text`, 7 bits each, as a number that never decreases as texts
 * increase: a missing unit counts 0; a unit of 127 or more counts 127 and every unit after it 0,
 * so texts differing only there or after pack equal and are compared whole.
 */
function prefixOf(text: string, units: number): number {
  let prefix = 0;
  let open = true;
  for (let i = 0; i < units; i++) {
    let unit = 0;
    if (open && i < text.length) {
      unit = text.charCodeAt(i);
      if (unit >= UNIT_LIMIT - 1) {
        unit = UNIT_LIMIT - 1;
        open = false;
      }
    }
    prefix = prefix * UNIT_LIMIT + unit;
  }
  return prefix;
}
