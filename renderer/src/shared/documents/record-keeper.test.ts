import * as A from "@automerge/automerge";
import { Repo } from "@automerge/automerge-repo";
import {
  BALLOT_BOX_DOCUMENT,
  createBallotBoxDoc,
  createMemoryRecordStore,
  recordIdOf,
  type ChapterId,
  type DocumentUrl,
  type RecordId,
  type StoredRecord,
} from "@chapterhouse/crdt";
import { describe, expect, it } from "vitest";
import { RecordKeeper } from "./record-keeper.js";

const stored = (n: number): StoredRecord => {
  const text = JSON.stringify({ ballot: n });
  return { id: recordIdOf(text), text };
};

async function box() {
  const repo = new Repo({ network: [] });
  const handle = repo.import<{ ballots: Record<string, unknown>; unsigned: { about: { shard: number } } }>(
    A.save(createBallotBoxDoc({ open: "open" as RecordId, chapter: "chapter" as ChapterId, shard: 0 })),
  );
  await handle.whenReady();
  return { repo, handle, url: handle.url as unknown as DocumentUrl };
}

describe("RecordKeeper: what a device keeps of one document", () => {
  it("[D8] [D9] records kept from a map reach the store, and what is deleted is put back in one change", async () => {
    const { handle, url } = await box();
    const store = createMemoryRecordStore();
    const keeper = new RecordKeeper(store, url, BALLOT_BOX_DOCUMENT, (error) => {
      throw error;
    });
    const [one, two] = [stored(1), stored(2)];
    handle.change((doc) => {
      doc.ballots[one.id] = new A.ImmutableString(one.text);
      doc.ballots[two.id] = new A.ImmutableString(two.text);
    });
    await keeper.keep("ballots", [one, two]);
    await keeper.loaded;
    expect((await store.list({ document: url, map: "ballots" })).map((r) => r.id)).toEqual(
      [one.id, two.id].sort(),
    );

    handle.change((doc) => {
      delete doc.ballots[one.id];
      doc.ballots[two.id] = "overwritten";
    });
    expect(keeper.writeBack(handle)).toEqual([one.id, two.id].sort());
    expect(Object.keys(handle.doc().ballots).sort()).toEqual([one.id, two.id].sort());
    expect(A.isImmutableString(handle.doc().ballots[two.id])).toBe(true);
  });

  it("[D9] an intact document gets no change, and a keeper loaded from the store restores what it never saw written", async () => {
    const { handle, url } = await box();
    const store = createMemoryRecordStore();
    const record = stored(3);
    await store.put({ document: url, map: "ballots" }, [record]);
    const keeper = new RecordKeeper(store, url, BALLOT_BOX_DOCUMENT, (error) => {
      throw error;
    });
    expect(keeper.writeBack(handle)).toEqual([]); // not loaded yet: nothing to go by
    await keeper.loaded;
    expect(keeper.holds("ballots", record.id)).toBe(true);
    expect(keeper.writeBack(handle)).toEqual([record.id]);
    const heads = handle.heads();
    handle.change((doc) => {
      doc.unsigned.about.shard = 1;
    });
    const after = handle.heads();
    expect(keeper.writeBack(handle)).toEqual([]);
    expect(handle.heads()).toEqual(after);
    expect(after).not.toEqual(heads);
  });
});
