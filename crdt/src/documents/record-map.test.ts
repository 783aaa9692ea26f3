import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import type { RecordId } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import { createThreadDoc } from "./thread.js";
import { addRecord } from "./record-map.js";

const text = '{"any":"canonical text"}';
const record = { id: recordIdOf(text), text };

describe("addRecord", () => {
  it("[D2] stores the record's text as an ImmutableString under its id", () => {
    const doc = A.change(createThreadDoc(), (d) => addRecord(d.messages, record));
    const value = doc.messages[record.id];
    expect(A.isImmutableString(value)).toBe(true);
    expect(value?.val).toBe(text);
    expect(A.getConflicts(doc.messages, record.id)).toBeUndefined();
  });

  it("[D2] refuses a record whose id is not the hash of its text", () => {
    expect(() => A.change(createThreadDoc(), (d) => addRecord(d.messages, { id: "B".repeat(43) as RecordId, text }))).toThrow(RangeError);
  });

  it("[D2] adding a record that is already there makes no change", () => {
    const doc = A.change(createThreadDoc(), (d) => addRecord(d.messages, record));
    const again = A.change(doc, (d) => addRecord(d.messages, record));
    expect(A.getHeads(again)).toEqual(A.getHeads(doc));
  });
});
