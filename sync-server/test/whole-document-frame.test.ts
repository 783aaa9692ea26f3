import { createHash } from "node:crypto";
import * as Automerge from "@automerge/automerge";
import { cbor } from "@automerge/automerge-repo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeDocumentFrame, type SyncAddress, type WholeDocument } from "../src/whole-document-frame.js";

/** The frame as the relay wrote it before: Automerge's encoding of the sync message, then automerge-repo's CBOR. */
function framedByTheLibraries(address: SyncAddress, { heads, chunks }: WholeDocument): Uint8Array {
  const message = { heads: [...heads], need: [], have: [], changes: [...chunks], type: "v2", supportedCapabilities: ["supports-sync-reset"] };
  const data = Automerge.encodeSyncMessage(message);
  return Uint8Array.from(cbor.encode({ type: "sync", senderId: address.senderId, targetId: address.targetId, documentId: address.documentId, data }));
}

const peerId = fc.stringMatching(/^[!-~]{1,128}$/);
const head = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString("hex"));
// Lengths around the thresholds of LEB128 (128) and of CBOR's byte string headers (24, 256, 65,536).
const chunk = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 300 }),
  fc.constantFrom(23, 24, 127, 128, 255, 256, 16_383, 16_384, 65_535, 65_536).map((n) => new Uint8Array(n).fill(n & 0xff)),
);

describe("the frame of the relay's answer to a peer that has nothing (W1.8)", () => {
  it("[W1.8] is byte for byte automerge-repo's CBOR of a sync message whose data is Automerge 3.5's version-2 encoding of the heads and chunks", () => {
    fc.assert(
      fc.property(
        peerId,
        peerId,
        fc.array(head, { minLength: 1, maxLength: 4 }),
        fc.array(chunk, { minLength: 1, maxLength: 5 }),
        (senderId, targetId, heads, chunks) => {
          const address = { senderId, targetId, documentId: "2Z5wrHV3XKVFr3QHFLUDRTGuKtmV" };
          const frame = wholeDocumentFrame(address, { heads, chunks });
          expect(Buffer.from(frame).equals(framedByTheLibraries(address, { heads, chunks }))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("[W1.8] carries a real document that Automerge decodes and loads, a frame over 65,536 bytes", () => {
    type Box = { ballots: Record<string, Automerge.ImmutableString>; note?: string };
    let doc = Automerge.from<Box>({ ballots: {} });
    doc = Automerge.change(doc, (d) => {
      // Hashes: text that compresses little, so that the saved document passes 65,536 bytes.
      for (let i = 0; i < 2000; i++) d.ballots[`b${i}`] = new Automerge.ImmutableString(createHash("sha256").update(`ballot ${i}`).digest("base64"));
    });
    const saved = Automerge.save(doc);
    const later = Automerge.change(Automerge.clone(doc), (d) => (d.note = "closed"));
    const whole = { heads: Automerge.getHeads(later), chunks: [saved, Automerge.saveSince(later, Automerge.getHeads(doc))] };
    const address = { senderId: "relay-1", targetId: "carol", documentId: "2Z5wrHV3XKVFr3QHFLUDRTGuKtmV" };
    const frame = wholeDocumentFrame(address, whole);
    expect(frame.length).toBeGreaterThan(65_536);
    expect(Buffer.from(frame).equals(framedByTheLibraries(address, whole))).toBe(true);
    const message = cbor.decode<{ data: Uint8Array }>(frame);
    const decoded = Automerge.decodeSyncMessage(message.data);
    expect(decoded.heads).toEqual(whole.heads);
    expect(decoded.changes).toEqual(whole.chunks);
    const [received] = Automerge.receiveSyncMessage(Automerge.init<Box>(), Automerge.initSyncState(), message.data);
    expect(received.note).toBe("closed");
    expect(Object.keys(received.ballots)).toHaveLength(2000);
  });

  it("refuses heads that are not change hashes, instead of writing a message that names other heads", () => {
    const address = { senderId: "relay-1", targetId: "carol", documentId: "2Z5wrHV3XKVFr3QHFLUDRTGuKtmV" };
    expect(() => wholeDocumentFrame(address, { heads: ["abc"], chunks: [new Uint8Array([1])] })).toThrow(/not a change hash/);
  });
});
