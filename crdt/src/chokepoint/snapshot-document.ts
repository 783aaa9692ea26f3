import * as A from "@automerge/automerge";
import { mapNames, type DocumentType } from "../documents/document-type.js";
import type { RecordCandidate, DocumentSnapshot, MapSnapshot } from "./candidate.js";

/**
 * The first half of the chokepoint (PROTOCOL.md D3): collects every value that could be a record
 * from every record map of a document, as plain strings. Works on a live Automerge document and
 * on a plain copy of one (after `structuredClone`/`postMessage`). Never throws: whatever a vandal
 * wrote becomes a candidate the second half refuses.
 *
 * - every conflict value at the map's own key (D3.2): a map is searched, anything else is
 *   reported as a foreign candidate under key "";
 * - in a live map, every conflict value at every key (`A.getConflicts`, which gives `undefined`
 *   when a key holds one value, and plain strings for both immutable strings and text);
 * - the text of an `ImmutableString`, a string, or `{ val: string }` (an ImmutableString after
 *   `structuredClone`) is taken as is (D3.3); validity never depends on the container.
 */
export function snapshotDocument(type: DocumentType, doc: unknown): DocumentSnapshot {
  return { type: type.name, maps: mapNames(type).map((map) => snapshotMap(doc, map)) };
}

function snapshotMap(doc: unknown, map: string): MapSnapshot {
  const candidates: RecordCandidate[] = [];
  if (typeof doc === "object" && doc !== null) {
    for (const value of valuesAt(doc, map, isLive(doc))) {
      if (isMapLike(value)) collectMap(value, candidates);
      else candidates.push({ key: "", foreign: describe(value) });
    }
  }
  return { map, candidates };
}

function collectMap(map: object, out: RecordCandidate[]): void {
  let keys: string[];
  try {
    keys = Object.keys(map);
  } catch {
    out.push({ key: "", foreign: "an unreadable map" });
    return;
  }
  const live = isLive(map);
  for (const key of keys) {
    for (const value of valuesAt(map, key, live)) {
      const text = recordTextOf(value);
      out.push(text === undefined ? { key, foreign: describe(value) } : { key, text });
    }
  }
}

/** A marker for a value whose reading threw (a datatype this Automerge does not know). */
const UNREADABLE = Symbol("unreadable");

/** Every value at `obj[key]`: all conflict values in a live object, else the own property. */
function valuesAt(obj: object, key: string, live: boolean): unknown[] {
  if (live) {
    try {
      const conflicts = A.getConflicts(obj, key);
      if (conflicts) return Object.values(conflicts);
    } catch {
      // getConflicts throws RangeError on datatypes it does not implement: fall back to the
      // visible value, which the proxy may still read.
    }
  }
  try {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) return [];
    return [(obj as Record<string, unknown>)[key]];
  } catch {
    return [UNREADABLE];
  }
}

function isLive(obj: object): boolean {
  try {
    return typeof A.getObjectId(obj) === "string";
  } catch {
    return false;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isMapLike(value: unknown): value is object {
  return isPlainObject(value) && !A.isImmutableString(value) && !A.isCounter(value);
}

/**
 * The record text a value holds (D3.3): a string, an `ImmutableString`'s `val`, or the `val`
 * of a plain `{ val }` object with no other member (an ImmutableString after structuredClone).
 * Undefined for anything else. Never throws.
 */
export function recordTextOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (A.isImmutableString(value)) return typeof value.val === "string" ? value.val : undefined;
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "val" && typeof value["val"] === "string") return value["val"];
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === UNREADABLE) return "an unreadable value";
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  if (A.isCounter(value)) return "a counter";
  if (A.isImmutableString(value)) return "an immutable string";
  if (value instanceof Date) return "a timestamp";
  if (value instanceof Uint8Array) return "bytes";
  if (Array.isArray(value)) return "a list";
  if (isPlainObject(value)) return "a map";
  return `a ${typeof value}`;
}
