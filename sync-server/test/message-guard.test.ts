import * as Automerge from "@automerge/automerge";
import { cbor, generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../src/limits.js";
import { createMessageGuard, isWellFormedDocumentId, isWellFormedPeerId } from "../src/message-guard.js";

const guard = createMessageGuard(DEFAULT_LIMITS);
const documentId = parseAutomergeUrl(generateAutomergeUrl()).documentId;
const base = { senderId: "alice", targetId: "relay-1", documentId };

/** The sync message alice sends once bob has told her he has nothing: it carries her changes. */
function syncMessageWithChanges(doc: Automerge.Doc<unknown>): Uint8Array {
  let aliceState = Automerge.initSyncState();
  let bobState = Automerge.initSyncState();
  let bob = Automerge.init<unknown>();
  for (;;) {
    const [nextAlice, fromAlice] = Automerge.generateSyncMessage(doc, aliceState);
    aliceState = nextAlice;
    if (fromAlice === null) throw new Error("alice never sent her changes");
    if (Automerge.decodeSyncMessage(fromAlice).changes.length > 0) return fromAlice;
    [bob, bobState] = Automerge.receiveSyncMessage(bob, bobState, fromAlice);
    const [nextBob, fromBob] = Automerge.generateSyncMessage(bob, bobState);
    bobState = nextBob;
    if (fromBob) [doc, aliceState] = Automerge.receiveSyncMessage(doc, aliceState, fromBob);
  }
}

describe("the message guard", () => {
  it("[W2.3] passes a sync message with its cost in bytes and operations", () => {
    const doc = Automerge.from({ minutes: "opened at seven", attendance: [1, 2, 3] });
    const data = syncMessageWithChanges(doc);
    const result = guard(cbor.encode({ type: "sync", ...base, data }));
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.kind !== "document") throw new Error("expected a document message");
    expect(result.value.cost.ops).toBe(Automerge.stats(doc).numOps);
    const changeBytes = Automerge.decodeSyncMessage(data).changes.reduce((n, c) => n + c.length, 0);
    expect(result.value.cost.bytes).toBe(changeBytes);
  });

  it("[W2.4] the message handed on is rebuilt from the checked fields only", () => {
    const data = Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;
    const result = guard(cbor.encode({ type: "request", ...base, data, extra: "x", storageId: "../../x" }));
    if (!result.ok || result.value.kind !== "document") throw new Error("expected a document message");
    expect(Object.keys(result.value.message).sort()).toEqual(["data", "documentId", "senderId", "targetId", "type"]);
    expect(Object.getPrototypeOf(result.value.message)).toBe(Object.prototype);
  });

  it("[W2.2] peer ids are 1–128 printable ASCII characters and document ids base58check of 16 bytes", () => {
    expect(isWellFormedPeerId("peer-4k2x9")).toBe(true);
    expect(isWellFormedPeerId("")).toBe(false);
    expect(isWellFormedPeerId("has space")).toBe(false);
    expect(isWellFormedPeerId("x".repeat(129))).toBe(false);
    expect(isWellFormedDocumentId(documentId)).toBe(true);
    expect(isWellFormedDocumentId("3b9f1c1e-6a4f-4c38-9d8e-6f0c6e2a9b11")).toBe(false); // legacy UUID form
    expect(isWellFormedDocumentId(`${documentId.slice(0, -1)}${documentId.endsWith("a") ? "b" : "a"}`)).toBe(false); // checksum
    expect(isWellFormedDocumentId("../../etc/passwd")).toBe(false);
  });

  it("[W2.6] an ephemeral message must carry CBOR data within the size limit", () => {
    const ephemeral = (data: Uint8Array) => cbor.encode({ type: "ephemeral", ...base, data, count: 3, sessionId: "s1" });
    expect(guard(ephemeral(cbor.encode({ cursor: 4 }))).ok).toBe(true);
    expect(guard(ephemeral(Uint8Array.from([0xff]))).ok).toBe(false);
    expect(guard(ephemeral(cbor.encode("x".repeat(DEFAULT_LIMITS.maxEphemeralBytes)))).ok).toBe(false);
  });

  it("[W2.7] remote-heads gossip is recognised and marked to be dropped", () => {
    const result = guard(cbor.encode({ type: "remote-heads-changed", ...base, newHeads: {} }));
    expect(result).toEqual({ ok: true, value: { kind: "ignored", type: "remote-heads-changed", senderId: "alice", targetId: "relay-1" } });
  });

  it("[W2.5] a join passes the guard with its protocol versions and nothing of its metadata", () => {
    const result = guard(cbor.encode({ type: "join", senderId: "alice", peerMetadata: { storageId: "../x" }, supportedProtocolVersions: ["1"] }));
    expect(result).toEqual({ ok: true, value: { kind: "join", message: { type: "join", senderId: "alice", supportedProtocolVersions: ["1"] } } });
  });

  it("[W2.1] never throws, whatever the bytes or the CBOR value", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = guard(bytes);
        if (!result.ok) expect(result.violation.reason).toMatch(/malformed-message|document-too-large/);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom("sync", "request", "ephemeral", "doc-unavailable", "join", "peer"), (value, type) => {
        const result = guard(cbor.encode({ ...base, type, data: value, count: value, sessionId: value, peerMetadata: value }));
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });
});
