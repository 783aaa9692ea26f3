import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { CHAPTER_DOCUMENT, createChapterDoc } from "../documents/chapter.js";
import { addRecord } from "../documents/record-map.js";
import type { ParsedRecord } from "../records/record.js";
import { isDocumentSnapshot } from "./candidate.js";
import { acceptAll, readDocument, readSnapshot } from "./read-document.js";
import { recordTextOf, snapshotDocument } from "./snapshot-document.js";
import { naclTestVerifier } from "./test-helpers/nacl-test-verifier.js";
import { signTest, testSigner } from "./test-helpers/test-records.js";

const alice = testSigner(1);
let admit: ParsedRecord;
let decision: ParsedRecord;

beforeAll(async () => {
  admit = await signTest(alice, "admit", { member: alice.publicKey });
  decision = await signTest(alice, "decision", { text: "adopted" });
});

function chapterWithRecords() {
  return A.change(createChapterDoc(), (d) => {
    addRecord(d.governance, admit);
    addRecord(d.decisions, decision);
  });
}

/** Sends a value through a real MessageChannel, as a page does to its worker. */
function postThrough(value: unknown): Promise<unknown> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port2.onmessage = (event: MessageEvent<unknown>) => {
      port1.close();
      port2.close();
      resolve(event.data);
    };
    port1.postMessage(value);
  });
}

describe("crossing to a worker", () => {
  it("[D5] structuredClone turns an ImmutableString into { val }, which still reads as its text", () => {
    const doc = chapterWithRecords();
    const cloned = structuredClone(doc.governance[admit.id]);
    expect(A.isImmutableString(cloned)).toBe(false);
    expect(cloned).toEqual({ val: admit.text });
    expect(recordTextOf(cloned)).toBe(admit.text);
    expect(recordTextOf({ val: admit.text, extra: 1 })).toBeUndefined();
    expect(recordTextOf(5)).toBeUndefined();
  });

  it("[D5] a document that went through structuredClone reads the same records as the live one", async () => {
    const doc = chapterWithRecords();
    const live = await readDocument(CHAPTER_DOCUMENT, doc, naclTestVerifier(), { authorise: acceptAll });
    const copied = await readDocument(CHAPTER_DOCUMENT, structuredClone(doc), naclTestVerifier(), { authorise: acceptAll });
    expect(copied).toEqual(live);
    expect(live.records).toHaveLength(2);
  });

  it("[D5] a snapshot is plain strings, crosses a MessageChannel unchanged, passes the guard and reads the same there", async () => {
    const doc = chapterWithRecords();
    const snapshot = snapshotDocument(CHAPTER_DOCUMENT, doc);
    const governance = snapshot.maps.find((m) => m.map === "governance");
    expect(governance?.candidates).toEqual([{ key: admit.id, text: admit.text }]);
    const received = await postThrough(snapshot);
    expect(received).toEqual(snapshot);
    expect(isDocumentSnapshot(received)).toBe(true);
    if (!isDocumentSnapshot(received)) return;
    const there = await readSnapshot(CHAPTER_DOCUMENT, received, naclTestVerifier(), { authorise: acceptAll });
    const here = await readDocument(CHAPTER_DOCUMENT, doc, naclTestVerifier(), { authorise: acceptAll });
    expect(there).toEqual(here);
  });

  it("[D5] the guard refuses anything that is not exactly a snapshot", () => {
    expect(isDocumentSnapshot(null)).toBe(false);
    expect(isDocumentSnapshot({ type: "chapter", maps: [{ map: "governance", candidates: [{ key: "k", text: 5 }] }] })).toBe(false);
    expect(isDocumentSnapshot({ type: "chapter", maps: [{ map: "governance", candidates: [{ key: "k", text: "t", foreign: "x" }] }] })).toBe(false);
    expect(isDocumentSnapshot({ type: "chapter", maps: [{ map: "governance", candidates: [{ key: "k", foreign: "a number" }] }] })).toBe(true);
  });

  it("[D5] a snapshot of one document type cannot be read as another", async () => {
    const snapshot = { ...snapshotDocument(CHAPTER_DOCUMENT, chapterWithRecords()), type: "thread" };
    await expect(readSnapshot(CHAPTER_DOCUMENT, snapshot, naclTestVerifier(), { authorise: acceptAll })).rejects.toThrow(TypeError);
  });

  it("[D3.9] a value that is not a document at all reads as empty, without throwing", async () => {
    for (const junk of [null, 5, "text", [1, 2], { governance: null }]) {
      const result = await readDocument(CHAPTER_DOCUMENT, junk, naclTestVerifier(), { authorise: acceptAll });
      expect(result.records).toEqual([]);
    }
  });
});
