import * as A from "@automerge/automerge";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSyncMessage } from "./read-sync-message.js";

type Notes = { lines: Record<string, string> };

/** Real sync messages: a peer's first message (heads and a bloom filter in `have`), and the answers carrying changes. */
function realMessages(): Uint8Array[] {
  let doc = A.from<Notes>({ lines: {} });
  for (let i = 0; i < 3; i++) doc = A.change(doc, (d) => (d.lines[`l${i}`] = `line ${i}`));
  const [, first] = A.generateSyncMessage(doc, A.initSyncState());
  const [, request] = A.generateSyncMessage(A.init<Notes>(), A.initSyncState());
  const [, state] = A.receiveSyncMessage(doc, A.initSyncState(), request!);
  const [, answer] = A.generateSyncMessage(doc, state);
  return [first!, request!, answer!];
}

const hash = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString("hex"));
/** Messages written by Automerge from any heads, needs and change bytes, in both versions. */
const written = fc
  .record({
    heads: fc.array(hash, { maxLength: 3 }),
    need: fc.array(hash, { maxLength: 2 }),
    changes: fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 4 }),
    v2: fc.boolean(),
  })
  .map(({ heads, need, changes, v2 }) =>
    A.encodeSyncMessage({ heads, need, have: [], changes, ...(v2 ? { type: "v2", supportedCapabilities: ["supports-sync-reset"] } : {}) }),
  );

describe("readSyncMessage (W9.1)", () => {
  it("[W9.1] reads what Automerge's decodeSyncMessage reads: the same heads, the same changes", () => {
    fc.assert(
      fc.property(fc.oneof(written, fc.constantFrom(...realMessages())), (message) => {
        const decoded = A.decodeSyncMessage(message);
        const read = readSyncMessage(message);
        expect(read?.heads).toEqual(decoded.heads);
        expect(read?.changes.map((c) => [...c])).toEqual(decoded.changes.map((c) => [...c]));
      }),
      { numRuns: 80 },
    );
  });

  it("[W9.1] a message cut short or with a byte changed is read only if Automerge decodes it, and then as Automerge does", () => {
    fc.assert(
      fc.property(
        fc.oneof(written, fc.constantFrom(...realMessages())),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean(),
        (message, where, byte, cut) => {
          const at = where % message.length;
          const damaged = cut ? message.slice(0, at) : Uint8Array.from(message, (b, i) => (i === at ? byte : b));
          let decoded: A.DecodedSyncMessage | undefined;
          try {
            decoded = A.decodeSyncMessage(damaged);
          } catch {
            decoded = undefined;
          }
          const read = readSyncMessage(damaged);
          if (decoded === undefined) expect(read).toBeUndefined();
          else {
            expect(read?.heads).toEqual(decoded.heads);
            expect(read?.changes.map((c) => [...c])).toEqual(decoded.changes.map((c) => [...c]));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("[W9.1] leaves the changes where they arrived: views into the message, not copies", () => {
    const chunk = A.save(A.from<Notes>({ lines: { a: "opened" } }));
    const message = A.encodeSyncMessage({ heads: ["ab".repeat(32)], need: [], have: [], changes: [chunk] });
    const read = readSyncMessage(message)!;
    expect(read.changes[0]!.buffer).toBe(message.buffer);
    expect([...read.changes[0]!]).toEqual([...chunk]);
  });

  it("reads nothing from bytes that are no sync message", () => {
    expect(readSyncMessage(new Uint8Array([]))).toBeUndefined();
    expect(readSyncMessage(new Uint8Array([0x44, 0, 0, 0, 0]))).toBeUndefined();
    expect(readSyncMessage(new Uint8Array([0x42, 5]))).toBeUndefined();
  });
});
