import * as Automerge from "@automerge/automerge";
import { generateAutomergeUrl, parseAutomergeUrl, Repo, type PeerId } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodePart } from "../src/storage-key.js";
import { assertStillServes } from "./helpers/assert-still-serves.js";
import { connectPeer } from "./helpers/connect-peer.js";
import { listFilesRecursively } from "./helpers/list-files.js";
import { LyingClientAdapter } from "./helpers/lying-client-adapter.js";
import { httpRequest } from "./helpers/http-get.js";
import { rawClient } from "./helpers/raw-client.js";
import { encode } from "cbor-x";
import { startTestRelay, TEST_LIMITS, type TestRelay } from "./helpers/start-test-relay.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";

const newDocumentId = () => parseAutomergeUrl(generateAutomergeUrl()).documentId;
/** Valid sync data of a peer that has nothing: what a request carries. */
const emptySyncData = () => Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;

describe("a relay cut off offenders and serves everyone else", () => {
  let test: TestRelay;
  let relayId: string;
  beforeAll(async () => {
    test = await startTestRelay({
      limits: { messagesPerSecond: 50, messageBurst: 100, maxNewDocumentsPerConnection: 5, joinTimeoutMs: 300 },
    });
    relayId = test.relay.peerId;
  });
  afterAll(async () => {
    // Nothing was written outside the data folder, and no peer's storageId became a key.
    const files = await listFilesRecursively(test.root);
    expect(files.every((f) => f.startsWith("data/chunks/"))).toBe(true);
    expect(files.some((f) => f.includes("sync-state"))).toBe(false);
    expect(test.log.entries.filter((e) => e.level === "error")).toEqual([]);
    await test.stop();
  });

  it("[W3.2] an oversized frame closes that socket with 1009", async () => {
    const mallory = rawClient(test.clientUrl);
    await mallory.join("mallory-big");
    mallory.socket.send(new Uint8Array(TEST_LIMITS.maxMessageBytes! + 1));
    expect((await mallory.closed).code).toBe(1009);
    await test.log.waitFor((e) => e.reason === "frame-too-large");
    await assertStillServes(test, "oversized");
  });

  it("[W2.1] a frame that is not CBOR, a text frame and CBOR nested past the stack are malformed", async () => {
    const frames: (Uint8Array | string)[] = [Uint8Array.from([0xff, 0xfe, 0x00]), "hello", new Uint8Array(200_000).fill(0x81)];
    for (const frame of frames) {
      const mallory = rawClient(test.clientUrl);
      await mallory.join(`mallory-bytes-${frames.indexOf(frame)}`);
      mallory.socket.send(frame);
      expect(await mallory.closed).toEqual({ code: 4000, reason: "malformed-message" });
    }
    await assertStillServes(test, "malformed");
  });

  it("[W2.2] CBOR-valid garbage is malformed: not a map, unknown type, bad ids, undecodable sync data", async () => {
    const documentId = newDocumentId();
    const garbage = (me: string): unknown[] => [
      [1, 2, 3],
      { type: "frobnicate", senderId: me, targetId: relayId, documentId },
      { type: "sync", senderId: me, targetId: relayId, documentId: "../../etc/passwd", data: emptySyncData() },
      { type: "sync", senderId: me, targetId: relayId, documentId, data: Uint8Array.from([1, 2, 3, 4]) },
      { type: "request", senderId: me, targetId: relayId, documentId, data: "not bytes" },
      { type: "ephemeral", senderId: me, targetId: relayId, documentId, data: Uint8Array.from([0xff]), count: 1, sessionId: "s" },
      { type: "sync", senderId: 42, targetId: relayId, documentId, data: emptySyncData() },
    ];
    for (let i = 0; i < garbage("").length; i++) {
      const mallory = rawClient(test.clientUrl);
      const me = `mallory-garbage-${i}`;
      await mallory.join(me);
      mallory.send(garbage(me)[i]);
      expect((await mallory.closed).code, `garbage #${i}`).toBe(4000);
    }
    await assertStillServes(test, "garbage");
  });

  it("[W2.9] an ephemeral message forwarded with its originator's id is dropped, and the forwarding peer stays connected", async () => {
    const bob = rawClient(test.clientUrl);
    await bob.join("bob-forwarder");
    const documentId = newDocumentId();
    const ignored = async () => Number(/_messages_ignored_total (\d+)/.exec((await httpRequest(test.relay.port, "/metrics")).body)?.[1]);
    const ignoredBefore = await ignored();
    bob.send({ type: "ephemeral", senderId: "alice-originator", targetId: relayId, documentId, sessionId: "s1", count: 1, data: encode({ cursor: 3 }) });
    bob.send({ type: "request", senderId: "bob-forwarder", targetId: relayId, documentId, data: emptySyncData() });
    const answer = await bob.receive("doc-unavailable");
    expect(answer.documentId).toBe(documentId);
    expect(await ignored()).toBe(ignoredBefore + 1);
    bob.socket.close();
  });

  it("[W2.2] a peer claiming a connected peer's id is served beside it without disturbing it, one claiming the relay's id is refused, and one whose senderId changes is cut off", async () => {
    const alice = await connectPeer("alice-claimed", test.clientUrl);
    const impostor = rawClient(test.clientUrl);
    expect(await impostor.join("alice-claimed")).toMatchObject({ type: "peer", targetId: "alice-claimed" });

    const relayImpostor = rawClient(test.clientUrl);
    await relayImpostor.opened;
    relayImpostor.send({ type: "join", senderId: relayId, peerMetadata: {}, supportedProtocolVersions: ["1"] });
    expect(await relayImpostor.closed).toEqual({ code: 4003, reason: "peer-id-in-use" });

    const switcher = rawClient(test.clientUrl);
    await switcher.join("mallory-switch");
    switcher.send({ type: "request", senderId: "alice-claimed", targetId: relayId, documentId: newDocumentId(), data: emptySyncData() });
    expect(await switcher.closed).toEqual({ code: 4002, reason: "peer-id-mismatch" });

    // alice, whose id was claimed, is still served, and nothing of hers goes to the impostor.
    const handle = alice.repo.create({ owner: "alice" });
    await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());
    await assertStillServes(test, "impostor");
    expect(impostor.received.filter((m) => m.documentId === handle.documentId)).toEqual([]);
    impostor.socket.close();
    await alice.close();
  });

  it("[W1.4] a storageId containing ../ is never used: the relay stores the document and no sync state", async () => {
    const adapter = new LyingClientAdapter(test.clientUrl, { storageId: "../../../escape" as never, isEphemeral: false });
    const repo = new Repo({ network: [adapter], peerId: "mallory-storage" as PeerId });
    await new Promise<void>((resolve) => repo.networkSubsystem.once("peer", () => resolve()));
    const handle = repo.create({ planted: true });
    await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());
    handle.change((d) => (d.planted = false));
    await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());
    await test.relay.repo.flush([handle.documentId]);
    await repo.shutdown();
    const files = await listFilesRecursively(test.root);
    expect(files.some((f) => f.includes("sync-state") || f.includes("escape"))).toBe(false);
    await assertStillServes(test, "storage-id");
  });

  it("[W3.3] a flood from one client is cut off for its rate", async () => {
    const mallory = rawClient(test.clientUrl);
    await mallory.join("mallory-flood");
    for (let i = 0; i < 300; i++) {
      mallory.send({ type: "remote-heads-changed", senderId: "mallory-flood", targetId: relayId, documentId: newDocumentId(), newHeads: {} });
    }
    expect(await mallory.closed).toEqual({ code: 4004, reason: "rate-limit" });
    await assertStillServes(test, "flood");
  });

  it("[W3.4] an operation bomb (a few hundred bytes, 50,000 operations) is refused before the Repo applies it", async () => {
    const adapter = new WebSocketClientAdapter(test.clientUrl, 60_000);
    const repo = new Repo({ network: [adapter], peerId: "mallory-bomb" as PeerId });
    await new Promise<void>((resolve) => repo.networkSubsystem.once("peer", () => resolve()));
    const bomb = repo.create({ list: new Array<null>(50_000).fill(null) });
    expect(Automerge.save(bomb.doc()).length).toBeLessThan(1000);
    const cut = await test.log.waitFor((e) => e.reason === "document-too-large" && e.peer === "mallory-bomb");
    expect(cut.code).toBe(4006);
    await repo.shutdown();
    expect(test.relay.repo.handles[bomb.documentId]?.isReady() ?? false).toBe(false);
    const files = await listFilesRecursively(test.root);
    expect(files.some((f) => f.includes(encodePart(bomb.documentId)))).toBe(false);
    await assertStillServes(test, "bomb");
  });

  it("[W3.5] a client asking for more new documents than allowed is cut off", async () => {
    const mallory = rawClient(test.clientUrl);
    await mallory.join("mallory-many");
    for (let i = 0; i < 6; i++) {
      mallory.send({ type: "request", senderId: "mallory-many", targetId: relayId, documentId: newDocumentId(), data: emptySyncData() });
    }
    expect(await mallory.closed).toEqual({ code: 4005, reason: "too-many-documents" });
    await assertStillServes(test, "many-documents");
  });

  it("[W1.2] a socket that never joins, or sends before joining, is cut off for the handshake", async () => {
    const silent = rawClient(test.clientUrl);
    expect(await silent.closed).toEqual({ code: 4001, reason: "handshake" });
    const eager = rawClient(test.clientUrl);
    await eager.opened;
    eager.send({ type: "request", senderId: "mallory-eager", targetId: relayId, documentId: newDocumentId(), data: emptySyncData() });
    expect(await eager.closed).toEqual({ code: 4001, reason: "handshake" });
    await assertStillServes(test, "handshake");
  });
});
