import { generateAutomergeUrl, parseAutomergeUrl, type DocumentId } from "@automerge/automerge-repo";
import { describe, expect, it } from "vitest";
import { answerBytes, ColdSyncAnswers } from "../src/cold-sync-answers.js";
import type { WholeDocument } from "../src/whole-document-frame.js";

const id = () => parseAutomergeUrl(generateAutomergeUrl()).documentId;
const whole = (byte: number, length = 100): WholeDocument => ({ heads: ["ab".repeat(32)], chunks: [new Uint8Array(length).fill(byte)] });

/** A room counting held bytes under `bound`, with the documents it says are in memory. */
function room(bound = 10_000) {
  const inMemory = new Set<DocumentId>();
  const state = { held: 0 };
  return {
    inMemory,
    state,
    room: {
      isInMemory: (documentId: DocumentId) => inMemory.has(documentId),
      hold: (bytes: number) => {
        if (state.held + bytes > bound) return false;
        state.held += bytes;
        return true;
      },
      release: (bytes: number) => {
        state.held -= bytes;
      },
    },
  };
}

/** A read of the store that counts its calls, sees the content when it starts, and resolves when the test says so. */
function heldRead(value: () => WholeDocument | undefined) {
  const pending: (() => void)[] = [];
  const read = {
    calls: 0,
    run: () => {
      read.calls += 1;
      const seen = value();
      return new Promise<WholeDocument | undefined>((resolve) => pending.push(() => resolve(seen)));
    },
    finish: () => pending.splice(0).forEach((resolve) => resolve()),
  };
  return read;
}

describe("ColdSyncAnswers", () => {
  it("[W1.8] answers the next peer of a document in memory from the kept answer, without reading the store again", async () => {
    const { room: r, inMemory, state } = room();
    const documentId = id();
    inMemory.add(documentId);
    const answers = new ColdSyncAnswers(r);
    const stored = whole(1);
    let reads = 0;
    const read = () => {
      reads += 1;
      return Promise.resolve(stored);
    };
    expect(await answers.answer(documentId, read)).toEqual({ whole: stored, from: "store" });
    expect(await answers.answer(documentId, read)).toEqual({ whole: stored, from: "memory" });
    expect(reads).toBe(1);
    expect(state.held).toBe(answerBytes(stored));
    expect(answers.keptBytes).toBe(100 + 32);
  });

  it("[W1.8] requests arriving while the store is read share the read", async () => {
    const { room: r, inMemory } = room();
    const documentId = id();
    inMemory.add(documentId);
    const answers = new ColdSyncAnswers(r);
    const read = heldRead(() => whole(2));
    const first = answers.answer(documentId, read.run);
    const second = answers.answer(documentId, read.run);
    read.finish();
    expect((await first).whole).toEqual(whole(2));
    expect((await second).whole).toEqual(whole(2));
    expect(read.calls).toBe(1);
  });

  it("[W1.8] a write to the document's chunks drops its kept answer, and a read it overlapped is neither kept nor shared", async () => {
    const { room: r, inMemory, state } = room();
    const documentId = id();
    inMemory.add(documentId);
    const answers = new ColdSyncAnswers(r);
    let content = whole(1);
    await answers.answer(documentId, () => Promise.resolve(content));
    answers.changed(documentId); // a save starts
    expect(state.held).toBe(0);
    expect(answers.keptBytes).toBe(0);

    // A read started before the save ends may see either content: not kept, and a later request reads again.
    const overlapping = heldRead(() => content);
    const during = answers.answer(documentId, overlapping.run);
    content = whole(2);
    answers.changed(documentId); // the save ends
    const after = heldRead(() => content);
    const next = answers.answer(documentId, after.run);
    overlapping.finish();
    after.finish();
    expect((await during).whole).toEqual(whole(1));
    expect(await next).toEqual({ whole: whole(2), from: "store" });
    expect(after.calls).toBe(1);
    expect(await answers.answer(documentId, () => Promise.reject(new Error("read again")))).toEqual({ whole: whole(2), from: "memory" });
  });

  it("[W3.9] keeps an answer only for a document in memory and only if it fits; dropping and clearing release its bytes", async () => {
    const { room: r, inMemory, state } = room(300);
    const [outside, big, a, b] = [id(), id(), id(), id()];
    for (const documentId of [big, a, b]) inMemory.add(documentId);
    const answers = new ColdSyncAnswers(r);
    const read = (value: WholeDocument) => () => Promise.resolve(value);
    await answers.answer(outside, read(whole(1)));
    expect((await answers.answer(outside, read(whole(1)))).from).toBe("store"); // not in memory: not kept
    await answers.answer(big, read(whole(3, 300)));
    expect((await answers.answer(big, read(whole(3, 300)))).from).toBe("store"); // does not fit: not kept
    await answers.answer(a, read(whole(4)));
    await answers.answer(b, read(whole(5)));
    expect(state.held).toBe(2 * 132);
    answers.drop(a);
    expect(state.held).toBe(132);
    expect((await answers.answer(a, read(whole(4)))).from).toBe("store");
    answers.clear();
    expect(state.held).toBe(0);
    expect((await answers.answer(b, read(whole(5)))).from).toBe("store");
  });

  it("a failed read is not kept, and the next request reads again", async () => {
    const { room: r, inMemory } = room();
    const documentId = id();
    inMemory.add(documentId);
    const answers = new ColdSyncAnswers(r);
    await expect(answers.answer(documentId, () => Promise.reject(new Error("disk")))).rejects.toThrow("disk");
    expect(await answers.answer(documentId, () => Promise.resolve(whole(6)))).toEqual({ whole: whole(6), from: "store" });
  });
});
