import { expect } from "vitest";
import { isParsed, parseRecord, type ParsedRecord } from "../record.js";

/** A signed record as a vector file holds it: its id beside its text (R1, R3). */
export interface VectorEntry {
  readonly id: string;
  readonly text: string;
}

/** The record a vector file's entry holds, parsed, its id checked against the file's (R3). */
export function parsedVectorEntry(entry: VectorEntry): ParsedRecord {
  const record = parseRecord(entry.text);
  if (!isParsed(record)) throw new Error(`vector record ${entry.id} does not parse`);
  expect(record.id).toBe(entry.id);
  return record;
}

/** A signed record as a vector file holds it, to hold the records a scenario signs against the file's. */
export function vectorEntryOf(record: ParsedRecord): VectorEntry {
  return { id: record.id, text: record.text };
}
