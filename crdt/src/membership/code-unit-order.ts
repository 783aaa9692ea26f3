/**
 * Comparing strings in UTF-16 code-unit order (as `<` and a plain `sort()` do) without comparing
 * most of them as strings. A key or id read from a record is a slice of the record's text, and V8
 * compares two slices slowly (hundreds of nanoseconds each, against a few for two numbers): so
 * each string's first three code units are read once into one number ordered as the strings
 * are, and only strings whose numbers are equal are compared as strings.
 */

/**
 * The first three UTF-16 code units of `text` as one number: if two strings' numbers differ,
 * the smaller number is the string that sorts first; if they are equal, so are their first
 * three units (or the whole of a shorter string).
 */
export function codeUnitPrefix(text: string): number {
  const unit = (i: number): number => (i < text.length ? text.charCodeAt(i) + 1 : 0);
  return (unit(0) * 0x20000 + unit(1)) * 0x20000 + unit(2);
}
