import * as Automerge from "@automerge/automerge";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { describe, expect, it } from "vitest";
import { inspectChunks } from "../src/chunk-inspector.js";
import { DocumentLedger } from "../src/document-ledger.js";

const limits = { maxDocumentBytes: 10_000, maxDocumentOps: 1_000, maxInflatedBytesInMemory: 1_000_000 };
const id = () => parseAutomergeUrl(generateAutomergeUrl()).documentId;
const cost = (bytes: number, ops: number, inflated = bytes) => ({ bytes, ops, inflated });

describe("DocumentLedger", () => {
  it("[W3.4] starts a stored document from its stored bytes and operations, and tells which limit growth would pass", async () => {
    const stored = Automerge.save(Automerge.from({ list: new Array<number>(900).fill(7) }));
    const documentId = id();
    const ledger = new DocumentLedger(() => Promise.resolve([stored]), limits);
    const entry = await ledger.entry(documentId);
    const inflated = inspectChunks(stored, { maxInflatedBytes: 1_000_000 }).inflatedSize;
    expect(entry).toEqual({ known: true, bytes: stored.length, ops: 901, inflated, inMemory: false });
    expect(ledger.excess(entry, cost(10, 99))).toBeUndefined();
    ledger.charge(documentId, entry, cost(10, 99));
    expect(ledger.excess(entry, cost(10, 1))).toBe("ops");
    expect(ledger.excess(entry, cost(10_000, 0))).toBe("bytes");
    expect(entry).toMatchObject({ known: true, bytes: stored.length + 10, ops: 1000 });
  });

  it("[W3.5] a document neither stored nor admitted before is unknown until a message about it is admitted", async () => {
    const ledger = new DocumentLedger(() => Promise.resolve([]), limits);
    const documentId = id();
    const entry = await ledger.entry(documentId);
    expect(entry.known).toBe(false);
    ledger.charge(documentId, entry, cost(0, 0));
    expect((await ledger.entry(documentId)).known).toBe(true);
  });

  it("[W3.9] counts in memory the stored document once a message brings it there, then what each message adds, until it is forgotten", async () => {
    const stored = Automerge.save(Automerge.from({ text: "minutes ".repeat(500) }));
    const inflated = inspectChunks(stored, { maxInflatedBytes: 1_000_000 }).inflatedSize;
    expect(inflated).toBeGreaterThan(stored.length); // its text column is deflated
    const [kept, fresh] = [id(), id()];
    const ledger = new DocumentLedger((documentId) => Promise.resolve(documentId === kept ? [stored] : []), limits);
    const entry = await ledger.entry(kept);
    expect(ledger.inMemoryBytes).toBe(0);
    expect(ledger.growth(entry, cost(0, 0))).toBe(inflated);
    ledger.charge(kept, entry, cost(0, 0));
    expect(ledger.growth(entry, cost(5, 1, 40))).toBe(40);
    ledger.charge(kept, entry, cost(5, 1, 40));
    ledger.charge(fresh, await ledger.entry(fresh), cost(100, 1, 300));
    expect(ledger.inMemoryBytes).toBe(inflated + 40 + 300);
    ledger.forget(kept);
    expect(ledger.inMemoryBytes).toBe(300);
    ledger.forget(fresh);
    expect(ledger.inMemoryBytes).toBe(0);
  });

  it("[W3.8] forgets a document answered as unknown, but never one stored or admitted", async () => {
    let reads = 0;
    const stored = Automerge.save(Automerge.from({ a: 1 }));
    const [unknown, admitted, kept] = [id(), id(), id()];
    const ledger = new DocumentLedger((documentId) => {
      reads += 1;
      return Promise.resolve(documentId === kept ? [stored] : []);
    }, limits);
    await ledger.entry(unknown);
    ledger.charge(admitted, await ledger.entry(admitted), cost(1, 1));
    await ledger.entry(kept);
    for (const documentId of [unknown, admitted, kept]) ledger.forgetIfUnknown(documentId);
    expect(ledger.size).toBe(2);
    await ledger.entry(unknown);
    expect(reads).toBe(4);
  });

  it("[W3.4] keeps at most maxEntries documents out of memory, forgetting the least recently touched, and every one in memory", async () => {
    let reads = 0;
    const ledger = new DocumentLedger(
      () => {
        reads += 1;
        return Promise.resolve([]);
      },
      limits,
      2,
    );
    const [a, b, c, held] = [id(), id(), id(), id()];
    ledger.charge(held, await ledger.entry(held), cost(1, 1));
    await ledger.entry(a);
    await ledger.entry(b);
    await ledger.entry(a);
    await ledger.entry(c); // forgets b
    expect(ledger.size).toBe(3);
    await ledger.entry(a);
    await ledger.entry(held);
    expect(reads).toBe(4);
    await ledger.entry(b);
    expect(reads).toBe(5);
  });

  it("[W3.9] counts what the relay keeps beside its documents in memory, within the relay's bound", async () => {
    const documentId = id();
    const ledger = new DocumentLedger(() => Promise.resolve([]), { ...limits, maxInflatedBytesInMemory: 1_000 });
    expect(ledger.isInMemory(documentId)).toBe(false);
    ledger.charge(documentId, await ledger.entry(documentId), cost(0, 0, 600));
    expect(ledger.isInMemory(documentId)).toBe(true);
    expect(ledger.holdBeside(300)).toBe(true);
    expect(ledger.inMemoryBytes).toBe(900);
    expect(ledger.holdBeside(101)).toBe(false); // past the bound: nothing counted
    expect(ledger.inMemoryBytes).toBe(900);
    ledger.releaseBeside(300);
    expect(ledger.inMemoryBytes).toBe(600);
    ledger.forget(documentId);
    expect(ledger.isInMemory(documentId)).toBe(false);
  });
});
