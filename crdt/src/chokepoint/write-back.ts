import * as A from "@automerge/automerge";
import { mapNames, type DocumentType } from "../documents/document-type.js";
import type { RecordId } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import type { StoredRecord } from "./record-store.js";

/** Records a store holds for one document, per record map (from `heldRecords`). */
export type HeldRecords = { readonly [map: string]: readonly StoredRecord[] };

/** What `writeBack` did. */
export interface WriteBackResult<T> {
  /** The repaired document, or the same object when nothing needed repair. */
  readonly doc: A.Doc<T>;
  /** Ids written back, sorted. */
  readonly repaired: readonly RecordId[];
}

function isWritableMap(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if (A.isImmutableString(value) || A.isCounter(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return typeof A.getObjectId(value) === "string";
}

/**
 * Writes back, inside `A.change` (or an automerge-repo `handle.change`), every held record
 * that is missing or damaged in the document (D9): a record map that is not a map is replaced
 * by a new empty map; a held record is rewritten as `ImmutableString(text)` under its id
 * unless that exact value is already the visible one. Held records of maps the type does not
 * have, or whose text does not hash to their id, are skipped. Returns the ids written, sorted.
 * @throws {TypeError} (from Automerge) if `doc` is not a change proxy.
 */
export function writeBackInto(type: DocumentType, doc: unknown, held: HeldRecords): RecordId[] {
  const proxy = doc as Record<string, unknown>;
  const repaired: RecordId[] = [];
  for (const map of mapNames(type)) {
    const records = Object.prototype.hasOwnProperty.call(held, map) ? held[map] : undefined;
    if (records === undefined || records.length === 0) continue;
    if (!isWritableMap(proxy[map])) proxy[map] = {};
    const target = proxy[map] as Record<string, unknown>;
    for (const { id, text } of records) {
      const current = target[id];
      if (A.isImmutableString(current) && current.val === text) continue;
      if (recordIdOf(text) !== id) continue; // the store vouches for this; a bug must not spread
      target[id] = new A.ImmutableString(text);
      repaired.push(id);
    }
  }
  return repaired.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Repairs a document from the records the device's store holds for it (D9), in one change with
 * no timestamp. Returns the same document object when nothing was missing or damaged.
 * @throws {TypeError} (from Automerge) if `doc` is not an Automerge document.
 */
export function writeBack<T>(type: DocumentType, doc: A.Doc<T>, held: HeldRecords): WriteBackResult<T> {
  let repaired: RecordId[] = [];
  const next = A.change(doc, { message: `write back ${type.name} records`, time: undefined }, (d) => {
    repaired = writeBackInto(type, d, held);
  });
  return { doc: next, repaired };
}
