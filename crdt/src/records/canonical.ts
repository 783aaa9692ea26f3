/**
 * Canonical JSON (PROTOCOL.md R1): RFC 8785 (JCS) restricted to integers.
 *
 * - Object members sorted by their names' UTF-16 code units (RFC 8785 §3.2.3).
 * - Strings serialised as ECMAScript JSON.stringify does (RFC 8785 §3.2.2.2); strings with a
 *   lone surrogate are refused (RFC 8785 §3.2.2.2 requires well-formed Unicode).
 * - Numbers: integers only, |n| < 2^53, never -0 (R1.3). Fractions are `{ num, den }`.
 * - No duplicate member names (R1.4); at most 32 arrays and objects nested (R1.6). Texts are
 *   read by the strict reader, which refuses both before building anything deeper; bytes are
 *   then accepted only if they are exactly the canonical form of what they parse to (R1.5),
 *   which also refuses whitespace, escapes other than the canonical ones, `1.0` and `1e2`.
 */
import { readCanonical } from "./canonical-reader.js";
import { MAX_JSON_DEPTH, parseStrictJson, StrictJsonError } from "./strict-json.js";
import { LONE_SURROGATE } from "../encoding/utf8.js";

/** A value that canonical JSON can carry. */
export type CanonicalValue =
  | null
  | boolean
  | number
  | string
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue };

/** Thrown when a value or text is not canonical JSON; `reason` names the rule broken. */
export class CanonicalError extends Error {
  constructor(readonly reason: string) {
    super(`not canonical JSON: ${reason}`);
    this.name = "CanonicalError";
  }
}

/** Most arrays and objects nested in one another (R1.6): bounds recursion on hostile input. */
export const MAX_DEPTH = MAX_JSON_DEPTH;

/**
 * Serialises a value to canonical JSON.
 * @throws {CanonicalError} for floats, -0, unsafe integers, lone surrogates, non-plain
 *   objects, undefined, functions, or nesting deeper than MAX_DEPTH.
 */
export function canonicalize(value: unknown): string {
  // Checked and put in order in one walk, a value is then written by the engine's own
  // JSON.stringify, which writes exactly what `write` would (the same strings and integers,
  // members in the order given) several times faster. `write` remains for the rare object whose
  // members no plain object can hold in canonical order.
  const ordered = inCanonicalOrder(value, 0);
  return ordered === UNORDERABLE ? write(value, 0) : JSON.stringify(ordered);
}

/** Returned by `inCanonicalOrder` for a value holding an object whose order it cannot build. */
const UNORDERABLE = Symbol("unorderable");

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const isSorted = (keys: readonly string[]): boolean => {
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) return false;
  return true;
};

/**
 * `value` itself when each of its objects has its members in canonical order (R1.1), else a copy
 * whose objects have (made only along the paths to objects out of order); UNORDERABLE when an
 * object's members cannot be held in that order (names such as "10" and "9", which every object
 * holds in numeric order). Checks what `write` checks, in its order.
 * @throws {CanonicalError} what `write` would throw first.
 */
function inCanonicalOrder(value: unknown, depth: number): unknown {
  if (value === null) return value;
  switch (typeof value) {
    case "boolean":
      return value;
    case "number":
      if (!Number.isSafeInteger(value)) throw new CanonicalError(`number ${String(value)} is not a safe integer`);
      if (Object.is(value, -0)) throw new CanonicalError("-0 is not allowed");
      return value;
    case "string":
      if (LONE_SURROGATE.test(value)) throw new CanonicalError("string holds a lone surrogate");
      return value;
    case "object": {
      if (depth >= MAX_DEPTH) throw new CanonicalError(`nested deeper than ${MAX_DEPTH}`);
      if (Array.isArray(value)) {
        let copy: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          const ordered = inCanonicalOrder(item, depth + 1);
          if (ordered === UNORDERABLE) return UNORDERABLE;
          if (ordered !== item && copy === undefined) copy = value.slice(0, i);
          copy?.push(ordered);
        }
        return copy ?? value;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new CanonicalError("only plain objects are allowed");
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object);
      let same = isSorted(keys);
      if (!same) keys.sort(byCodeUnits);
      const items: unknown[] = [];
      for (const key of keys) {
        const item = object[key];
        if (item === undefined) throw new CanonicalError(`member ${JSON.stringify(key)} is undefined`);
        if (LONE_SURROGATE.test(key)) throw new CanonicalError("member name holds a lone surrogate");
        const ordered = inCanonicalOrder(item, depth + 1);
        if (ordered === UNORDERABLE) return UNORDERABLE;
        if (ordered !== item) same = false;
        items.push(ordered);
      }
      if (same) return value;
      // Without a prototype, so that a member named "__proto__" is a member like any other.
      const copy = Object.create(null) as Record<string, unknown>;
      keys.forEach((key, i) => (copy[key] = items[i]));
      return isSorted(Object.keys(copy)) ? copy : UNORDERABLE;
    }
    default:
      throw new CanonicalError(`${typeof value} cannot be encoded`);
  }
}

/** `depth`: the arrays and objects around `value` (R1.6 counts containers, not scalars). */
function write(value: unknown, depth: number): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isSafeInteger(value)) throw new CanonicalError(`number ${String(value)} is not a safe integer`);
      if (Object.is(value, -0)) throw new CanonicalError("-0 is not allowed");
      return String(value);
    case "string":
      if (LONE_SURROGATE.test(value)) throw new CanonicalError("string holds a lone surrogate");
      return JSON.stringify(value);
    case "object": {
      if (depth >= MAX_DEPTH) throw new CanonicalError(`nested deeper than ${MAX_DEPTH}`);
      // Written by concatenation rather than map and join: one copy of the output in the end,
      // not one per level of nesting (a 100,000-voter report is 25 MB).
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) out += (i === 0 ? "" : ",") + write(value[i], depth + 1);
        return out + "]";
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new CanonicalError("only plain objects are allowed");
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object);
      // UTF-16 code unit order, exactly RFC 8785 §3.2.3; most objects already have it.
      if (!keys.every((key, i) => i === 0 || keys[i - 1]! < key)) keys.sort(byCodeUnits);
      let out = "{";
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const item = object[key];
        if (item === undefined) throw new CanonicalError(`member ${JSON.stringify(key)} is undefined`);
        if (LONE_SURROGATE.test(key)) throw new CanonicalError("member name holds a lone surrogate");
        out += (i === 0 ? "" : ",") + JSON.stringify(key) + ":" + write(item, depth + 1);
      }
      return out + "}";
    }
    default:
      throw new CanonicalError(`${typeof value} cannot be encoded`);
  }
}

/**
 * Parses text that must already be canonical JSON, with the strict reader (R1.4, R1.6).
 * @throws {CanonicalError} if the text is not JSON ("not JSON"), has a duplicate member name or
 *   nests deeper than MAX_DEPTH (the reader's reason), or is not byte-for-byte the canonical form
 *   of the value it parses to.
 */
export function parseCanonical(text: string): CanonicalValue {
  if (typeof text !== "string") throw new CanonicalError("input is not a string");
  // Nearly every text is canonical: one pass reads it. Any other text is read, written out again
  // and compared below, which names the rule it breaks.
  const canonical = readCanonical(text);
  if (canonical !== undefined) return canonical;
  let value: unknown;
  try {
    value = parseStrictJson(text);
  } catch (error) {
    if (!(error instanceof StrictJsonError)) throw error;
    throw new CanonicalError(error.code === "not-json" ? "not JSON" : error.reason);
  }
  if (canonicalize(value) !== text) throw new CanonicalError("bytes differ from the canonical form");
  return value as CanonicalValue;
}

/** True if `value` is a plain object (not null, not an array). */
export function isObject(value: unknown): value is { readonly [key: string]: CanonicalValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
