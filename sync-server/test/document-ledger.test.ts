import * as Automerge from "@automerge/automerge";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { describe, expect, it } from "vitest";
import { DocumentLedger } from "../src/document-ledger.js";

const limits = { maxDocumentBytes: 10_000, maxDocumentOps: 1_000, maxInflatedBytes: 1_000_000 };
const id = () => parseAutomergeUrl(generateAutomergeUrl()).documentId;

describe("DocumentLedger", () => {
  it("[W3.4] starts a stored document from its stored bytes and operations, and refuses growth past a limit", async () => {
    const stored = Automerge.save(Automerge.from({ list: new Array<number>(900).fill(7) }));
    const documentId = id();
    const ledger = new DocumentLedger(() => Promise.resolve([stored]), limits);
    const entry = await ledger.entry(documentId);
    expect(entry).toEqual({ known: true, bytes: stored.length, ops: 901 });
    expect(ledger.charge(documentId, entry, { bytes: 10, ops: 99 })).toBe("ok");
    expect(ledger.charge(documentId, entry, { bytes: 10, ops: 1 })).toBe("ops");
    expect(ledger.charge(documentId, entry, { bytes: 10_000, ops: 0 })).toBe("bytes");
    expect(entry).toEqual({ known: true, bytes: stored.length + 10, ops: 1000 });
  });

  it("[W3.5] a document neither stored nor admitted before is unknown until a message about it is admitted", async () => {
    const ledger = new DocumentLedger(() => Promise.resolve([]), limits);
    const documentId = id();
    const entry = await ledger.entry(documentId);
    expect(entry.known).toBe(false);
    ledger.charge(documentId, entry, { bytes: 0, ops: 0 });
    expect((await ledger.entry(documentId)).known).toBe(true);
  });

  it("[W3.4] keeps at most maxEntries documents, forgetting the least recently touched", async () => {
    let reads = 0;
    const ledger = new DocumentLedger(() => {
      reads += 1;
      return Promise.resolve([]);
    }, limits, 2);
    const [a, b, c] = [id(), id(), id()];
    await ledger.entry(a);
    await ledger.entry(b);
    await ledger.entry(a);
    await ledger.entry(c); // forgets b
    expect(ledger.size).toBe(2);
    await ledger.entry(a);
    expect(reads).toBe(3);
    await ledger.entry(b);
    expect(reads).toBe(4);
  });
});
