/**
 * Sorting a report's lines by id (PROTOCOL.md V9.4: UTF-16 code unit order, R1.1). A report has a
 * line per record, 200,000 of them for a vote of 100,000: compared two at a time, each comparison
 * reads two strings from two objects. Here each line's first code units are packed once into a
 * number beside its index, the numbers are sorted as numbers, and only lines whose packed prefixes
 * are equal are compared whole. The order is exactly that of a stable sort by id.
 */

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Bits of a number that hold an integer exactly. */
const EXACT_BITS = 53;
/** Bits per packed code unit: ids are base64url, below 128. */
const UNIT_BITS = 7;
const UNIT_LIMIT = 1 << UNIT_BITS;
/** Below this many lines, comparing them two at a time costs less than packing. */
const FEW = 64;

/** `lines`, sorted in place by id as `lines.sort((a, b) => byText(a.id, b.id))` sorts them, and returned. */
export function sortById<T extends { readonly id: string }>(lines: T[]): T[] {
  const count = lines.length;
  const indexBits = Math.max(1, Math.ceil(Math.log2(count)));
  const units = Math.floor((EXACT_BITS - indexBits) / UNIT_BITS);
  if (count < FEW || units < 2) return lines.sort((a, b) => byText(a.id, b.id));
  const indexScale = 2 ** indexBits;
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) packed[i] = prefixOf(lines[i]!.id, units) * indexScale + i;
  packed.sort();
  const sorted = new Array<T>(count);
  for (let i = 0; i < count; i++) sorted[i] = lines[packed[i]! % indexScale]!;
  // Lines whose packed prefixes are equal are in index order: sorted again by their whole ids.
  let start = 0;
  while (start < count) {
    const prefix = Math.floor(packed[start]! / indexScale);
    let end = start + 1;
    while (end < count && Math.floor(packed[end]! / indexScale) === prefix) end++;
    if (end - start > 1) {
      const run = sorted.slice(start, end).sort((a, b) => byText(a.id, b.id));
      for (let i = 0; i < run.length; i++) sorted[start + i] = run[i]!;
    }
    start = end;
  }
  for (let i = 0; i < count; i++) lines[i] = sorted[i]!;
  return lines;
}

/**
 * The first `units` code units of `id`, 7 bits each, as a number that never decreases as ids
 * increase: a missing unit counts 0; a unit of 127 or more counts 127 and every unit after it 0,
 * so ids differing only there or after pack equal and are compared whole.
 */
function prefixOf(id: string, units: number): number {
  let prefix = 0;
  let open = true;
  for (let i = 0; i < units; i++) {
    let unit = 0;
    if (open && i < id.length) {
      unit = id.charCodeAt(i);
      if (unit >= UNIT_LIMIT - 1) {
        unit = UNIT_LIMIT - 1;
        open = false;
      }
    }
    prefix = prefix * UNIT_LIMIT + unit;
  }
  return prefix;
}
