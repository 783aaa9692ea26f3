import * as A from "@automerge/automerge";
import { snapshotDocument } from "@chapterhouse/crdt/chokepoint";
import { CHAPTER_DOCUMENT, createChapterDoc } from "@chapterhouse/crdt/documents";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { DocumentMirrors, MirrorMissing } from "./document-mirrors.js";

const url = "automerge:chapter" as DocumentUrl;
type Chapter = { proposals: Record<string, unknown> };

describe("the worker's copies of the page's documents", () => {
  it("[D5] a copy fed with a save, then with the changes since the heads it holds, snapshots as the page's document does", () => {
    let page = A.change(A.load<Chapter>(A.save(createChapterDoc())), (doc) => void (doc.proposals["a"] = new A.ImmutableString("first")));
    const mirrors = new DocumentMirrors();
    const held = mirrors.apply({ url, type: "chapter", bytes: A.save(page) });
    expect(held.heads).toEqual(A.getHeads(page));
    const first = mirrors.snapshot(url);
    expect(mirrors.snapshot(url)).toBe(first); // once per heads

    page = A.change(page, (doc) => void (doc.proposals["b"] = new A.ImmutableString("second")));
    const since = A.saveSince(page, [...held.heads]);
    expect(since.length).toBeLessThan(A.save(page).length);
    expect(mirrors.apply({ url, type: "chapter", bytes: since }).heads).toEqual(A.getHeads(page));
    expect(mirrors.snapshot(url)).toEqual(snapshotDocument(CHAPTER_DOCUMENT, page));
    expect(mirrors.snapshot(url)).not.toBe(first);
  });

  it("changes whose history the copy lacks leave its heads behind (the page then sends the whole document), and a document never sent is refused by name", () => {
    const base = A.load<Chapter>(A.save(createChapterDoc()));
    const before = A.save(base); // a document's older values are views of its latest state
    const one = A.change(base, (doc) => void (doc.proposals["a"] = "1"));
    const two = A.change(one, (doc) => void (doc.proposals["b"] = "2"));
    const mirrors = new DocumentMirrors();
    mirrors.apply({ url, type: "chapter", bytes: before });
    expect(mirrors.apply({ url, type: "chapter", bytes: A.getLastLocalChange(two)! }).heads).not.toEqual(A.getHeads(two));
    expect(mirrors.apply({ url, type: "chapter", bytes: A.save(two) }).heads).toEqual(A.getHeads(two));
    expect(() => mirrors.snapshot("automerge:other" as DocumentUrl)).toThrow(MirrorMissing);
    expect(() => mirrors.apply({ url, type: "proposal", bytes: A.save(two) })).toThrow(/chapter document, not a proposal/);
  });

  it("a first copy made of changes whose history is missing is still taken (its heads left behind until the whole document comes)", () => {
    const base = A.load<Chapter>(A.save(createChapterDoc()));
    const one = A.change(base, (doc) => void (doc.proposals["a"] = "1"));
    const two = A.change(one, (doc) => void (doc.proposals["b"] = "2"));
    const mirrors = new DocumentMirrors();
    expect(mirrors.apply({ url, type: "chapter", bytes: A.getLastLocalChange(two)! }).heads).not.toEqual(A.getHeads(two));
    expect(mirrors.apply({ url, type: "chapter", bytes: A.save(two) }).heads).toEqual(A.getHeads(two));
    expect(mirrors.snapshot(url)).toEqual(snapshotDocument(CHAPTER_DOCUMENT, two));
  });
});
