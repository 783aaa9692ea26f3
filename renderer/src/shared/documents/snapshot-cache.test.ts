import type { DocHandle } from "@automerge/automerge-repo";
import { CHAPTER_DOCUMENT, snapshotDocument, type DocumentUrl } from "@chapterhouse/crdt";
import { describe, expect, it } from "vitest";
import { HeadsCache, SnapshotCache } from "./snapshot-cache.js";

const URL_A = "automerge:aaaa" as DocumentUrl;
const URL_B = "automerge:bbbb" as DocumentUrl;

/** A stand-in handle: its heads and document, and how often the document was asked for. */
function fakeHandle(heads: string[], doc: unknown): { handle: DocHandle<unknown>; reads: () => number; set: (h: string[], d: unknown) => void } {
  let reads = 0;
  let current = { heads, doc };
  const handle = {
    heads: () => current.heads,
    doc: () => {
      reads++;
      return current.doc;
    },
  } as unknown as DocHandle<unknown>;
  return { handle, reads: () => reads, set: (h, d) => void (current = { heads: h, doc: d }) };
}

describe("SnapshotCache", () => {
  it("[D5] snapshots an unchanged document once, and again when its heads change", async () => {
    const cache = new SnapshotCache();
    const fake = fakeHandle(["h1"], { proposals: {} });
    const first = cache.snapshot(URL_A, CHAPTER_DOCUMENT, fake.handle);
    expect(first).toEqual(snapshotDocument(CHAPTER_DOCUMENT, { proposals: {} }));
    expect(cache.snapshot(URL_A, CHAPTER_DOCUMENT, fake.handle)).toBe(first);
    expect(await cache.snapshotAll([{ url: URL_A, type: CHAPTER_DOCUMENT, handle: fake.handle }])).toEqual([first]);
    expect(fake.reads()).toBe(1);
    fake.set(["h2"], { proposals: { x: "not a record" } });
    const second = cache.snapshot(URL_A, CHAPTER_DOCUMENT, fake.handle);
    expect(second).not.toBe(first);
    expect(fake.reads()).toBe(2);
  });

  it("[D5] snapshotAll keeps the order of its requests", async () => {
    const cache = new SnapshotCache();
    const a = fakeHandle(["a"], { proposals: {} });
    const b = fakeHandle(["b"], {});
    const out = await cache.snapshotAll([
      { url: URL_B, type: CHAPTER_DOCUMENT, handle: b.handle },
      { url: URL_A, type: CHAPTER_DOCUMENT, handle: a.handle },
    ]);
    expect(out).toEqual([snapshotDocument(CHAPTER_DOCUMENT, {}), snapshotDocument(CHAPTER_DOCUMENT, { proposals: {} })]);
  });
});

describe("HeadsCache", () => {
  it("drops the least recently used entry beyond its capacity", () => {
    const cache = new HeadsCache<number>(2);
    cache.set(URL_A, ["1"], 1);
    cache.set(URL_A, ["2"], 2);
    expect(cache.get(URL_A, ["1"])).toBe(1);
    cache.set(URL_B, ["3"], 3);
    expect(cache.size).toBe(2);
    expect(cache.get(URL_A, ["2"])).toBeUndefined();
    expect(cache.get(URL_A, ["1"])).toBe(1);
    expect(cache.get(URL_B, ["3"])).toBe(3);
  });
});
