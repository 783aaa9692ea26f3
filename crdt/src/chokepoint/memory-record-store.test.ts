import { describe, expect, it } from "vitest";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import type { DocumentUrl } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import { createMemoryRecordStore } from "./memory-record-store.js";
import { recordStoreContract } from "./record-store-contract.js";
import { RecordStoreError } from "./record-store.js";
import { heldRecords } from "./remember-records.js";

recordStoreContract("memory", createMemoryRecordStore, { describe, it });

describe("the memory record store", () => {
  it("[D8] refuses a mismatched text with a RecordStoreError", async () => {
    const store = createMemoryRecordStore();
    const scope = { document: "automerge:x" as DocumentUrl, map: "governance" };
    await expect(store.put(scope, [{ id: recordIdOf("a"), text: "b" }])).rejects.toBeInstanceOf(RecordStoreError);
  });

  it("[D8] stores made by separate calls share nothing", async () => {
    const a = createMemoryRecordStore();
    const b = createMemoryRecordStore();
    const text = '{"x":1}';
    await a.put({ document: "automerge:x" as DocumentUrl, map: "governance" }, [{ id: recordIdOf(text), text }]);
    expect(await b.has(recordIdOf(text))).toBe(false);
  });

  it("[D9] heldRecords lists a document's records per record map of its type", async () => {
    const store = createMemoryRecordStore();
    const document = "automerge:x" as DocumentUrl;
    const text = '{"x":2}';
    await store.put({ document, map: "decisions" }, [{ id: recordIdOf(text), text }]);
    await store.put({ document: "automerge:y" as DocumentUrl, map: "governance" }, [{ id: recordIdOf(text), text }]);
    const held = await heldRecords(store, CHAPTER_DOCUMENT, document);
    expect(Object.keys(held).sort()).toEqual(Object.keys(CHAPTER_DOCUMENT.maps).sort());
    expect(held["decisions"]).toEqual([{ id: recordIdOf(text), text }]);
    expect(held["governance"]).toEqual([]);
  });
});
