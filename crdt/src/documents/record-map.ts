import * as A from "@automerge/automerge";
import { recordIdOf } from "../records/record.js";
import type { RecordId } from "../records/ids.js";

/**
 * A record map as it should be (PROTOCOL.md D2): record id → `ImmutableString` of the record's
 * canonical text. Never read it directly for anything that matters: documents may hold junk,
 * and only the chokepoint (`readDocument`) says which values are records.
 */
export type RecordMap = { [id: string]: A.ImmutableString };

/** The two fields of a record that a document stores. */
export interface RecordText {
  readonly id: RecordId;
  readonly text: string;
}

/**
 * Writes a record into a record map inside `A.change` (D2): `new ImmutableString(text)` under
 * its id. Does nothing when that exact value is already the visible one, so rewriting a record
 * makes no operation.
 * @throws {RangeError} if `id` is not the hash of `text` (R3): a caller bug, never stored.
 * @throws {TypeError} (from Automerge) if `map` is not a writable map proxy.
 */
export function addRecord(map: RecordMap, record: RecordText): void {
  if (recordIdOf(record.text) !== record.id) throw new RangeError(`record id ${record.id} is not the hash of its text`);
  const current: unknown = map[record.id];
  if (A.isImmutableString(current) && current.val === record.text) return;
  map[record.id] = new A.ImmutableString(record.text);
}
