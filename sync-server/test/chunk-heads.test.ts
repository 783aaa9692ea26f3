import { deflateRawSync } from "node:zlib";
import * as Automerge from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { ByteReader } from "../src/byte-reader.js";
import { ChunkError } from "../src/chunk-format.js";
import { headsOfChunks } from "../src/chunk-heads.js";

const LIMIT = { maxInflatedBytes: 16 * 1024 * 1024 };

/** A change chunk re-wrapped as a compressed change chunk (type 2), as Automerge may store one. */
function compressChange(change: Uint8Array): Uint8Array {
  const reader = new ByteReader(change);
  const header = reader.take(8);
  reader.byte();
  const deflated = deflateRawSync(reader.take(reader.uleb()));
  const length: number[] = [];
  let n = deflated.length;
  do {
    length.push((n & 0x7f) | (n >= 128 ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return Uint8Array.from([...header, 2, ...length, ...deflated]);
}

describe("headsOfChunks", () => {
  it("[W1.8] reads the heads of stored chunks as Automerge.getHeads gives them: a snapshot, then changes saved since, concurrent ones included", () => {
    let doc = Automerge.from<Record<string, unknown>>({ agenda: "budget" });
    const snapshot = Automerge.save(doc);
    const first = Automerge.getHeads(doc);
    doc = Automerge.change(doc, (d) => (d.minutes = "x".repeat(3000)));
    const incremental = Automerge.saveSince(doc, first);
    const second = Automerge.getHeads(doc);
    let other = Automerge.clone(doc);
    other = Automerge.change(other, (d) => (d.chair = "ada"));
    doc = Automerge.change(doc, (d) => (d.secretary = "grace"));
    doc = Automerge.merge(doc, other);
    const concurrent = Automerge.saveSince(doc, second);
    expect(Automerge.getHeads(doc)).toHaveLength(2);
    expect(headsOfChunks([snapshot, incremental, concurrent], LIMIT)).toEqual(Automerge.getHeads(doc));
    expect(headsOfChunks([Automerge.save(doc)], LIMIT)).toEqual(Automerge.getHeads(doc));
  });

  it("[W1.8] hashes a compressed change as its uncompressed form, and refuses what is not chunks", () => {
    const doc = Automerge.change(Automerge.from({ a: 1 }), (d) => (d.a = 2));
    const changes = Automerge.getAllChanges(doc);
    expect(headsOfChunks(changes.map(compressChange), LIMIT)).toEqual(Automerge.getHeads(doc));
    expect(() => headsOfChunks([Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9])], LIMIT)).toThrow(ChunkError);
    expect(() => headsOfChunks([changes[0]!.slice(0, 20)], LIMIT)).toThrow(ChunkError);
  });
});
