import * as A from "@automerge/automerge";
import { createMemoryRecordStore, writeBack, type StoredRecord } from "@chapterhouse/crdt/chokepoint";
import { BALLOT_BOX_DOCUMENT, createBallotBoxDoc } from "@chapterhouse/crdt/documents";
import { recordIdOf, type ChapterId, type DocumentUrl, type RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { RecordKeeper } from "./record-keeper.js";

const stored = (n: number): StoredRecord => {
  const text = JSON.stringify({ ballot: n });
  return { id: recordIdOf(text), text };
};

const url = "automerge:box" as DocumentUrl;
type Box = { ballots: Record<string, unknown>; unsigned: { about: { shard: number } } };
const box = (): A.Doc<Box> => A.load<Box>(A.save(createBallotBoxDoc({ open: "open" as RecordId, chapter: "chapter" as ChapterId, shard: 0 })));
const fail = (error: unknown) => {
  throw error;
};

describe("RecordKeeper: what a device keeps of one document", () => {
  it("[D8][D9] a ballot box's kept records go to the store, and the ones a vandal deleted or overwrote are named for write-back", async () => {
    const store = createMemoryRecordStore();
    const keeper = new RecordKeeper(store, url, BALLOT_BOX_DOCUMENT, fail);
    const [one, two] = [stored(1), stored(2)];
    let doc = A.change(box(), (d) => {
      d.ballots[one.id] = new A.ImmutableString(one.text);
      d.ballots[two.id] = new A.ImmutableString(two.text);
    });
    await keeper.keep("ballots", [one, two]);
    expect((await store.list({ document: url, map: "ballots" })).map((r) => r.id)).toEqual([one.id, two.id].sort());
    expect(keeper.lostFrom(doc)).toBeUndefined();

    doc = A.change(doc, (d) => {
      delete d.ballots[one.id];
      d.ballots[two.id] = "overwritten";
    });
    const lost = keeper.lostFrom(doc)!;
    expect(lost["ballots"]!.map((r) => r.id).sort()).toEqual([one.id, two.id].sort());
    const repaired = writeBack(BALLOT_BOX_DOCUMENT, doc, lost);
    expect(repaired.repaired).toEqual([one.id, two.id].sort());
    expect(A.isImmutableString(repaired.doc.ballots[two.id])).toBe(true);
    expect(keeper.lostFrom(repaired.doc)).toBeUndefined();
  });

  it("[D9] a keeper loaded from the store names what it never saw written, and nothing for an intact document", async () => {
    const store = createMemoryRecordStore();
    const record = stored(3);
    await store.put({ document: url, map: "ballots" }, [record]);
    const keeper = new RecordKeeper(store, url, BALLOT_BOX_DOCUMENT, fail);
    await keeper.loaded;
    expect(keeper.holds("ballots", record.id)).toBe(true);
    expect(keeper.lostFrom(box())).toEqual({ ballots: [record] });
    const intact = A.change(box(), (d) => {
      d.ballots[record.id] = new A.ImmutableString(record.text);
    });
    expect(keeper.lostFrom(intact)).toBeUndefined();
  });
});
