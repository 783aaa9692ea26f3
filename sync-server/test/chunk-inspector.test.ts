import type * as zlib from "node:zlib";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import * as Automerge from "@automerge/automerge";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { ByteReader } from "../src/byte-reader.js";
import { ChunkError, inspectChunks } from "../src/chunk-inspector.js";
import { ulebBytes } from "../src/uleb-bytes.js";

// Every inflation the inspector does goes through this spy, so a test can see what it inflated.
vi.mock("node:zlib", async (importOriginal) => {
  const actual = await importOriginal<typeof zlib>();
  return { ...actual, inflateRawSync: vi.fn(actual.inflateRawSync) };
});

const LIMIT = { maxInflatedBytes: 64 * 1024 * 1024 };
const MiB = 1024 * 1024;

/** A document with maps, lists, text, marks, counters, deletions and two actors merged. */
function variedDocument(): Automerge.Doc<Record<string, unknown>> {
  let doc = Automerge.from<Record<string, unknown>>({ title: "Assembly", items: [1, 2, 3], nested: { a: "b" } });
  doc = Automerge.change(doc, (d) => {
    d.text = `minutes ${"x".repeat(600)}`;
    (d.items as number[]).splice(1, 1);
    delete (d.nested as Record<string, unknown>).a;
    d.count = new Automerge.Counter(1);
  });
  doc = Automerge.change(doc, (d) => {
    (d.count as Automerge.Counter).increment(4);
    Automerge.splice(d, ["text"], 2, 3, "ABC");
    Automerge.mark(d, ["text"], { start: 0, end: 5, expand: "both" }, "bold", true);
  });
  let other = Automerge.clone(doc);
  other = Automerge.change(other, (d) => (d.items as number[]).push(...Array.from({ length: 2000 }, (_, i) => i)));
  doc = Automerge.change(doc, (d) => (d.big = "q".repeat(4000)));
  return Automerge.merge(doc, other);
}

/** A change chunk re-wrapped as a compressed change chunk (type 2). */
function compressChange(change: Uint8Array): Uint8Array {
  const reader = new ByteReader(change);
  const header = reader.take(8);
  reader.byte();
  const content = reader.take(reader.uleb());
  const deflated = deflateRawSync(content);
  return Uint8Array.from([...header, 2, ...ulebBytes(deflated.length), ...deflated]);
}


describe("inspectChunks", () => {
  it("[W3.4] counts a saved document's operations exactly as Automerge's stats do", () => {
    const doc = variedDocument();
    const cost = inspectChunks(Automerge.save(doc), LIMIT);
    expect(cost.ops).toBe(Automerge.stats(doc).numOps);
    expect(cost.changes).toBe(Automerge.stats(doc).numChanges);
  });

  it("[W3.4] counts each change's operations exactly as decodeChange lists them, compressed or not", () => {
    for (const change of Automerge.getAllChanges(variedDocument())) {
      const ops = Automerge.decodeChange(change).ops.length;
      expect(inspectChunks(change, LIMIT)).toMatchObject({ ops, changes: 1 });
      expect(inspectChunks(compressChange(change), LIMIT)).toMatchObject({ ops, changes: 1 });
    }
    // The hand-made compressed chunk is one Automerge itself accepts.
    const [first] = Automerge.getAllChanges(variedDocument());
    const [loaded] = Automerge.applyChanges(Automerge.init(), [compressChange(first!)]);
    expect(Automerge.getHeads(loaded)).toEqual([Automerge.decodeChange(first!).hash]);
  });

  it("[W3.4] counts operations from run lengths: 200,000 operations in under 300 bytes", () => {
    // Ten times the operations in about the same bytes: the count comes from run lengths.
    const small = Automerge.save(Automerge.from({ list: new Array<null>(20_000).fill(null) }));
    const large = Automerge.save(Automerge.from({ list: new Array<null>(200_000).fill(null) }));
    expect(inspectChunks(small, LIMIT).ops).toBe(20_001);
    expect(inspectChunks(large, LIMIT).ops).toBe(200_001);
    expect(large.length).toBeLessThan(300);
  });

  it("[W3.4] counts the chunks of a concatenation, as loadIncremental reads them", () => {
    const changes = Automerge.getAllChanges(variedDocument());
    const joined = Uint8Array.from(changes.flatMap((c) => [...c]));
    const total = changes.reduce((n, c) => n + Automerge.decodeChange(c).ops.length, 0);
    expect(inspectChunks(joined, LIMIT)).toMatchObject({ ops: total, changes: changes.length });
  });

  it("[W3.4] refuses a deflated part that would inflate past the budget", () => {
    const doc = Automerge.save(Automerge.from({ text: "long ".repeat(20_000) }));
    expect(() => inspectChunks(doc, { maxInflatedBytes: 1000 })).toThrow(ChunkError);
    try {
      inspectChunks(doc, { maxInflatedBytes: 1000 });
    } catch (error) {
      expect((error as ChunkError).tooLarge).toBe(true);
    }
  });

  it("[W3.4] counts the inflated size: the bytes, with each deflated part at the length it inflates to", () => {
    const small = Automerge.save(Automerge.from({ a: 1 }));
    expect(inspectChunks(small, LIMIT).inflatedSize).toBe(small.length);
    const zeros = Automerge.save(Automerge.from({ value: new Uint8Array(2 * MiB) }));
    expect(zeros.length).toBeLessThan(10_000);
    const { inflatedSize } = inspectChunks(zeros, LIMIT);
    expect(inflatedSize).toBeGreaterThan(2 * MiB);
    expect(inflatedSize).toBeLessThan(2 * MiB + zeros.length);
    // A compressed change counts its contents at their inflated length.
    const change = Automerge.getAllChanges(variedDocument()).at(-1)!;
    const reader = new ByteReader(change);
    reader.take(9);
    const content = reader.take(reader.uleb());
    const compressed = compressChange(change);
    expect(inspectChunks(compressed, LIMIT).inflatedSize).toBe(compressed.length - deflateRawSync(content).length + content.length);
  });

  it("[W3.4] refuses a deflated value column from the lengths its values declare, without inflating it", () => {
    const bomb = Automerge.save(Automerge.from({ value: new Uint8Array(8 * MiB) }));
    const inflate = vi.mocked(inflateRawSync);
    inflate.mockClear();
    expect(() => inspectChunks(bomb, { maxInflatedBytes: 4 * MiB })).toThrow(expect.objectContaining({ tooLarge: true }));
    // Whatever was inflated (the small columns before it) came out whole and small.
    expect(inflate.mock.results.every((r) => r.type === "return")).toBe(true);
    const produced = inflate.mock.results.reduce((n, r) => n + (r.value as Uint8Array).length, 0);
    expect(produced).toBeLessThan(64 * 1024);
  });

  it("[W2.3] refuses bytes that are not chunks, truncated chunks and unknown chunk types", () => {
    const change = Automerge.getAllChanges(variedDocument())[0]!;
    expect(() => inspectChunks(new Uint8Array(), LIMIT)).toThrow(ChunkError);
    expect(() => inspectChunks(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 0]), LIMIT)).toThrow(ChunkError);
    expect(() => inspectChunks(change.slice(0, change.length - 3), LIMIT)).toThrow(ChunkError);
    const unknownType = change.slice();
    unknownType[8] = 9;
    expect(() => inspectChunks(unknownType, LIMIT)).toThrow(/unknown chunk type/);
  });

  it("[W2.3] never throws anything but ChunkError, whatever the bytes (fuzzed from real chunks)", () => {
    const seeds = [Automerge.save(variedDocument()), ...Automerge.getAllChanges(variedDocument())];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 8 }), (which, edits) => {
        const bytes = seeds[which]!.slice();
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        try {
          const cost = inspectChunks(bytes, { maxInflatedBytes: 1_000_000 });
          expect(Number.isSafeInteger(cost.ops)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ChunkError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
