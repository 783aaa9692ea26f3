import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { CHAPTER_DOCUMENT, createChapterDoc, type ChapterDoc } from "../documents/chapter.js";
import { addRecord } from "../documents/record-map.js";
import type { DocumentUrl, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { createMemoryRecordStore } from "./memory-record-store.js";
import { acceptAll, readDocument } from "./read-document.js";
import type { RecordStore } from "./record-store.js";
import { heldRecords, rememberRecords } from "./remember-records.js";
import { naclTestVerifier } from "./test-helpers/nacl-test-verifier.js";
import { signTest, testSigner } from "./test-helpers/test-records.js";
import { writeBack, writeBackInto } from "./write-back.js";

const url = "automerge:chapterDocumentForTests" as DocumentUrl;
const alice = testSigner(1);
const bob = testSigner(2);
let admit: ParsedRecord;
let role: ParsedRecord;
let decision: ParsedRecord;

beforeAll(async () => {
  admit = await signTest(alice, "admit", { member: bob.publicKey });
  role = await signTest(alice, "role", { role: "facilitator", member: alice.publicKey });
  decision = await signTest(alice, "decision", { text: "adopted" });
});

const read = (doc: unknown) => readDocument(CHAPTER_DOCUMENT, doc, naclTestVerifier(), { authorise: acceptAll });
const ids = (records: readonly ParsedRecord[]) => records.map((r) => r.id);

/** Alice's device: a document with three records, read once and remembered in her store. */
async function aliceDevice(): Promise<{ doc: A.Doc<ChapterDoc>; store: RecordStore }> {
  const doc = A.change(createChapterDoc({ actor: "aaaa" }), (d) => {
    addRecord(d.governance, admit);
    addRecord(d.governance, role);
    addRecord(d.decisions, decision);
  });
  const store = createMemoryRecordStore();
  expect(await rememberRecords(store, url, await read(doc))).toBe(3);
  return { doc, store };
}

/** Repairs alice's merged copy from her store, then merges the repair back into the vandal's. */
async function repairAndSync(merged: A.Doc<ChapterDoc>, store: RecordStore, vandal: A.Doc<ChapterDoc>) {
  const { doc, repaired } = writeBack(CHAPTER_DOCUMENT, merged, await heldRecords(store, CHAPTER_DOCUMENT, url));
  const vandalAfter = A.merge(A.clone(vandal), doc);
  return { repaired, aliceRead: await read(doc), vandalRead: await read(vandalAfter) };
}

describe("write-back from the device's store", () => {
  it("[D9] a vandal's overwrite of a key is detected, written back, and reads valid after merging", async () => {
    const { doc, store } = await aliceDevice();
    const vandal = A.change(A.clone(doc, "bbbb"), (d) => {
      d.governance[admit.id] = new A.ImmutableString("overwritten");
    });
    const merged = A.merge(A.clone(doc), vandal);
    const damaged = await read(merged);
    expect(ids(damaged.maps.governance)).not.toContain(admit.id);
    expect(damaged.rejections).toEqual([{ map: "governance", key: admit.id, reason: "bad-bytes", detail: "not JSON" }]);

    const { repaired, aliceRead, vandalRead } = await repairAndSync(merged, store, vandal);
    expect(repaired).toEqual([admit.id]);
    for (const result of [aliceRead, vandalRead]) {
      expect(ids(result.records)).toEqual(ids([admit, role, decision].sort((a, b) => (a.id < b.id ? -1 : 1))));
      expect(result.rejections).toEqual([]);
    }
  });

  it("[D9] a delete merged from another actor is detected against the store and written back", async () => {
    const { doc, store } = await aliceDevice();
    const vandal = A.change(A.clone(doc, "bbbb"), (d) => {
      delete d.governance[role.id];
    });
    const merged = A.merge(A.clone(doc), vandal);
    expect(merged.governance[role.id]).toBeUndefined(); // the delete merged everywhere
    const damaged = await read(merged);
    const held = await store.list({ document: url, map: "governance" });
    const missing = held.filter((r) => !ids(damaged.maps.governance).includes(r.id));
    expect(missing.map((r) => r.id)).toEqual([role.id]);

    const { repaired, aliceRead, vandalRead } = await repairAndSync(merged, store, vandal);
    expect(repaired).toEqual([role.id]);
    expect(ids(aliceRead.maps.governance)).toContain(role.id);
    expect(ids(vandalRead.maps.governance)).toContain(role.id);
  });

  it("[D9] a replacement of the whole map is detected, the map recreated and every held record written back", async () => {
    const { doc, store } = await aliceDevice();
    const vandal = A.change(A.clone(doc, "bbbb"), (d) => {
      (d as unknown as Record<string, unknown>)["governance"] = ["nothing", "here"];
    });
    const merged = A.merge(A.clone(doc), vandal);
    const damaged = await read(merged);
    expect(damaged.maps.governance).toEqual([]);
    expect(damaged.rejections).toEqual([{ map: "governance", key: "", reason: "bad-bytes", detail: "a list in place of the map" }]);

    const { repaired, aliceRead, vandalRead } = await repairAndSync(merged, store, vandal);
    expect(repaired).toEqual([admit.id, role.id].sort());
    for (const result of [aliceRead, vandalRead]) {
      expect(ids(result.maps.governance)).toEqual([admit.id, role.id].sort());
      expect(ids(result.maps.decisions)).toEqual([decision.id]);
      expect(result.rejections).toEqual([]);
    }
  });

  it("[D9] a map replaced by an empty map loses records silently, and the store still writes them back", async () => {
    const { doc, store } = await aliceDevice();
    const vandal = A.change(A.clone(doc, "bbbb"), (d) => {
      d.decisions = {};
    });
    const merged = A.merge(A.clone(doc), vandal);
    expect((await read(merged)).rejections).toEqual([]); // nothing to see: only the store knows
    const { repaired, aliceRead } = await repairAndSync(merged, store, vandal);
    expect(repaired).toEqual([decision.id]);
    expect(ids(aliceRead.maps.decisions)).toEqual([decision.id]);
  });

  it("[D9] an intact document is returned as is, with no change", async () => {
    const { doc, store } = await aliceDevice();
    const result = writeBack(CHAPTER_DOCUMENT, doc, await heldRecords(store, CHAPTER_DOCUMENT, url));
    expect(result.doc).toBe(doc);
    expect(result.repaired).toEqual([]);
  });

  it("[D9] a record held as editable text is rewritten as an ImmutableString", async () => {
    const { doc, store } = await aliceDevice();
    const texted = A.change(doc, (d) => {
      (d.governance as unknown as Record<string, unknown>)[admit.id] = admit.text;
    });
    const { doc: fixed, repaired } = writeBack(CHAPTER_DOCUMENT, texted, await heldRecords(store, CHAPTER_DOCUMENT, url));
    expect(repaired).toEqual([admit.id]);
    expect(A.isImmutableString(fixed.governance[admit.id])).toBe(true);
  });

  it("[D9] two devices writing back concurrently converge, and the merged document reads valid", async () => {
    const { doc, store } = await aliceDevice();
    const bobsCopy = A.clone(doc, "cccc");
    const bobStore = createMemoryRecordStore();
    await rememberRecords(bobStore, url, await read(bobsCopy));
    const vandal = A.change(A.clone(doc, "bbbb"), (d) => {
      (d as unknown as Record<string, unknown>)["governance"] = "gone";
    });
    const aliceFixed = writeBack(CHAPTER_DOCUMENT, A.merge(A.clone(doc), vandal), await heldRecords(store, CHAPTER_DOCUMENT, url)).doc;
    const bobFixed = writeBack(CHAPTER_DOCUMENT, A.merge(bobsCopy, vandal), await heldRecords(bobStore, CHAPTER_DOCUMENT, url)).doc;
    const result = await read(A.merge(A.clone(aliceFixed), bobFixed));
    expect(ids(result.maps.governance)).toEqual([admit.id, role.id].sort());
    expect(result.rejections).toEqual([]);
  });

  it("[D9] writeBackInto works inside any change function, and skips held records that do not hash to their id", async () => {
    const { store } = await aliceDevice();
    const held = await heldRecords(store, CHAPTER_DOCUMENT, url);
    const forged = { governance: [{ id: admit.id, text: role.text }], unknownMap: [{ id: role.id, text: role.text }] };
    let repaired: RecordId[] = [];
    let doc = A.change(createChapterDoc(), (d) => {
      repaired = writeBackInto(CHAPTER_DOCUMENT, d, forged);
    });
    expect(repaired).toEqual([]);
    doc = A.change(doc, (d) => {
      repaired = writeBackInto(CHAPTER_DOCUMENT, d, held);
    });
    expect(repaired).toHaveLength(3);
    expect((await read(doc)).records).toHaveLength(3);
  });
});
