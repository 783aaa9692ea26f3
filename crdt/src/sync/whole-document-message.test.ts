import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { loadWholeDocument } from "./whole-document-message.js";

type Box = {
  ballots: Record<string, A.ImmutableString>;
  note?: string;
};

/** A small document in several changes, and a later version of it with one change more. */
function documents() {
  let doc = A.from<Box>({ ballots: {} });
  for (let i = 0; i < 3; i++) {
    doc = A.change(doc, (d) => {
      for (let j = 0; j < 20; j++)
        d.ballots[`b${i}-${j}`] = new A.ImmutableString(`ballot ${i}.${j} `.repeat(10));
    });
  }
  const later = A.change(A.clone(doc), (d) => (d.note = "closed"));
  return { doc, later };
}

/** What automerge 3.5's Repo sends a peer that has nothing: its answer to that peer's first message. */
function answerToEmptyPeer(doc: A.Doc<Box>): Uint8Array {
  const [, request] = A.generateSyncMessage(A.init<Box>(), A.initSyncState());
  const [, state] = A.receiveSyncMessage(doc, A.initSyncState(), request!);
  return A.generateSyncMessage(doc, state)[1]!;
}

const sorted = (heads: readonly string[]) => [...heads].sort();

describe("loadWholeDocument (W9.1)", () => {
  it("[W9.1] loads the whole document automerge's own answer to an empty peer carries", () => {
    const { doc } = documents();
    const message = answerToEmptyPeer(doc);
    expect(A.decodeSyncMessage(message).changes).toHaveLength(1); // one saved chunk: the case W9.1 is for

    const whole = loadWholeDocument(message);
    expect(whole).toBeDefined();
    expect(sorted(A.getHeads(whole!))).toEqual(sorted(A.getHeads(doc)));
    expect(A.toJS(whole!)).toEqual(A.toJS(doc));
  });

  it("[W9.1] loads a message whose changes are a snapshot then incremental chunks (the relay's W1.8 answer)", () => {
    const { doc, later } = documents();
    const chunks = [A.save(doc), A.saveSince(later, A.getHeads(doc))];
    // Written as the relay writes it (sync-server cold-sync-from-store.ts): a version-2 message.
    const relayAnswer = {
      heads: A.getHeads(later),
      need: [],
      have: [],
      changes: chunks,
      type: "v2",
      supportedCapabilities: ["supports-sync-reset"],
    };
    const message = A.encodeSyncMessage(relayAnswer);
    const whole = loadWholeDocument(message);
    expect(sorted(A.getHeads(whole!))).toEqual(sorted(A.getHeads(later)));
    expect((whole as Box).note).toBe("closed");
  });

  it("[W9.1] leaves to the stock path what is not a whole document: no changes, no heads, changes missing their dependencies, other heads, bytes that are no sync message", () => {
    const { doc, later } = documents();
    const [, request] = A.generateSyncMessage(A.init<Box>(), A.initSyncState());
    const encode = (heads: string[], changes: Uint8Array[]) =>
      A.encodeSyncMessage({ heads, need: [], have: [], changes });
    expect(loadWholeDocument(request!)).toBeUndefined();
    expect(loadWholeDocument(encode([], [A.save(doc)]))).toBeUndefined();
    // The last change alone: its dependencies are not in the message.
    expect(
      loadWholeDocument(encode(A.getHeads(later), [A.saveSince(later, A.getHeads(doc))])),
    ).toBeUndefined();
    // The message names heads its changes do not reach.
    expect(loadWholeDocument(encode(A.getHeads(later), [A.save(doc)]))).toBeUndefined();
    expect(loadWholeDocument(encode(A.getHeads(doc), [new Uint8Array([1, 2, 3, 4])]))).toBeUndefined();
    expect(loadWholeDocument(new Uint8Array([0x42, 0, 1]))).toBeUndefined();
  });
});
