/**
 * Canonical JSON (PROTOCOL.md R1) of a long list of flat objects — a report's 100,000 record lines
 * or electorate entries — checked item by item without the general walk, which lists each
 * object's member names and tests every name and string for lone surrogates.
 */
import { LONE_SURROGATE } from "../encoding/utf8.js";

/** Any surrogate code unit: only a string holding one can hold a lone one. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The text `canonicalize(list)` gives, when each item is a plain object whose members are, in
 * their order, exactly one of `shapes` (each a list of names in canonical order, R1.1) and whose
 * values are strings without a lone surrogate, booleans, null or safe integers other than -0;
 * undefined when one is not (then `canonicalize` says what it makes of the list). Never throws.
 */
export function canonicalListText(list: readonly unknown[], shapes: readonly (readonly string[])[]): string | undefined {
  const names: string[] = [];
  for (const item of list) {
    if (typeof item !== "object" || item === null || Object.getPrototypeOf(item) !== Object.prototype) return undefined;
    const fields = item as { readonly [name: string]: unknown };
    let count = 0;
    for (const name in fields) names[count++] = name;
    if (!hasShape(names, count, shapes)) return undefined;
    for (let i = 0; i < count; i++) if (!isPlainScalar(fields[names[i]!])) return undefined;
  }
  return JSON.stringify(list);
}

/** True if the first `count` of `names` are one of `shapes`. */
function hasShape(names: readonly string[], count: number, shapes: readonly (readonly string[])[]): boolean {
  for (const shape of shapes) {
    if (shape.length !== count) continue;
    let i = 0;
    while (i < count && shape[i] === names[i]) i++;
    if (i === count) return true;
  }
  return false;
}

/** A value canonical JSON writes as JSON.stringify does, with nothing to check inside. */
function isPlainScalar(value: unknown): boolean {
  switch (typeof value) {
    case "string":
      return !SURROGATE.test(value) || !LONE_SURROGATE.test(value);
    case "boolean":
      return true;
    case "number":
      return Number.isSafeInteger(value) && !Object.is(value, -0);
    default:
      return value === null;
  }
}
