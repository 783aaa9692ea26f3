import { EventEmitter } from "node:events";
import * as Automerge from "@automerge/automerge";
import { cbor, generateAutomergeUrl, parseAutomergeUrl, type DocumentId, type PeerCandidatePayload, type PeerId } from "@automerge/automerge-repo";
import type { WebSocket } from "ws";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DocumentLedger } from "../src/document-ledger.js";
import { resolveLimits } from "../src/limits.js";
import { RelayMetrics } from "../src/metrics.js";
import { RelayNetworkAdapter } from "../src/relay-network-adapter.js";
import { collectingLogger } from "./helpers/collecting-logger.js";

/** Just enough of a `ws` socket for the adapter, with a send buffer the test controls. */
class FakeSocket extends EventEmitter {
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: Record<string, unknown>[] = [];
  terminated = false;
  closedWith: [number, string] | undefined;
  send(bytes: Uint8Array): void {
    this.sent.push(cbor.decode(bytes));
  }
  close(code: number, reason: string): void {
    this.closedWith = [code, reason];
    this.readyState = 2;
  }
  terminate(): void {
    this.terminated = true;
    this.readyState = 3;
  }
  ping(): void {}
  /** True while the adapter does not read the socket (ws `pause`/`resume`). */
  paused = false;
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
}

const limits = resolveLimits({ keepAliveMs: 1000 });

function setUp(whenDurable?: (documentId: DocumentId) => Promise<void>, loadStored: () => Promise<Uint8Array[]> = () => Promise.resolve([])) {
  const log = collectingLogger();
  const metrics = new RelayMetrics();
  const ledger = new DocumentLedger(loadStored, limits);
  const adapter = new RelayNetworkAdapter({
    limits,
    ledger,
    logger: log.logger,
    metrics,
    clock: () => performance.now(),
    ...(whenDurable && { whenDurable }),
  });
  adapter.connect("relay-1" as PeerId, { isEphemeral: false });
  const socket = new FakeSocket();
  adapter.accept(socket as unknown as WebSocket, { remoteAddress: "127.0.0.1", mirror: false });
  return { adapter, socket, metrics, log };
}

async function join(socket: FakeSocket, peerId: string, metadata: Record<string, unknown> = {}): Promise<void> {
  socket.emit("message", cbor.encode({ type: "join", senderId: peerId, peerMetadata: metadata, supportedProtocolVersions: ["1"] }), true);
  await new Promise((resolve) => setImmediate(resolve));
}

describe("RelayNetworkAdapter", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("[W1.4] tells the Repo every joined peer is ephemeral, whatever storageId it declared, under an id the relay assigned (W1.7)", async () => {
    const { adapter, socket } = setUp();
    const candidates: PeerCandidatePayload[] = [];
    adapter.on("peer-candidate", (payload) => candidates.push(payload));
    await join(socket, "alice", { storageId: "../../x", isEphemeral: false });
    expect(candidates).toEqual([{ peerId: "peer-1", peerMetadata: { isEphemeral: true } }]);
    expect(socket.sent[0]).toMatchObject({ type: "peer", senderId: "relay-1", targetId: "alice", selectedProtocolVersion: "1" });
    adapter.disconnect();
  });

  it("[W1.2] a join offering only other protocol versions gets an error message, then the socket is closed", async () => {
    const { adapter, socket } = setUp();
    socket.emit("message", cbor.encode({ type: "join", senderId: "alice", peerMetadata: {}, supportedProtocolVersions: ["2"] }), true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket.sent).toEqual([{ type: "error", senderId: "relay-1", message: "unsupported protocol version", targetId: "alice" }]);
    expect(socket.closedWith).toEqual([4001, "handshake"]);
    adapter.disconnect();
  });

  it("[W3.6] a peer whose unsent data would pass the bound is cut off as a slow consumer", async () => {
    const { adapter, socket, metrics } = setUp();
    const disconnected: PeerId[] = [];
    adapter.on("peer-disconnected", ({ peerId }) => disconnected.push(peerId));
    await join(socket, "bob");
    socket.bufferedAmount = limits.maxSendBufferBytes - 10;
    const documentId = parseAutomergeUrl(generateAutomergeUrl()).documentId;
    adapter.send({ type: "sync", senderId: "relay-1" as PeerId, targetId: "peer-1" as PeerId, documentId, data: new Uint8Array(100) });
    expect(socket.terminated).toBe(true);
    expect(socket.sent.map((m) => m.type)).toEqual(["peer"]);
    expect(metrics.disconnects.get("slow-consumer")).toBe(1);
    expect(disconnected).toEqual(["peer-1"]);
    adapter.disconnect();
  });

  it("[W5.6] a sync message goes out once what it shows is durable, and what the Repo sends after it waits behind it", async () => {
    let durable: () => void = () => undefined;
    const { adapter, socket } = setUp(() => new Promise<void>((resolve) => (durable = resolve)));
    await join(socket, "dana");
    const [synced, other] = [parseAutomergeUrl(generateAutomergeUrl()).documentId, parseAutomergeUrl(generateAutomergeUrl()).documentId];
    adapter.send({ type: "sync", senderId: "relay-1" as PeerId, targetId: "peer-1" as PeerId, documentId: synced, data: new Uint8Array([1]) });
    adapter.send({ type: "doc-unavailable", senderId: "relay-1" as PeerId, targetId: "peer-1" as PeerId, documentId: other });
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket.sent.map((m) => m.type)).toEqual(["peer"]);
    durable();
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket.sent.map((m) => [m.type, m.targetId])).toEqual([
      ["peer", "dana"],
      ["sync", "dana"],
      ["doc-unavailable", "dana"],
    ]);
    adapter.disconnect();
  });

  it("[W1.6] a peer that does not answer a ping before the next one is cut off as unresponsive", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const { adapter, socket, log } = setUp();
    await join(socket, "carol");
    vi.advanceTimersByTime(limits.keepAliveMs);
    expect(socket.terminated).toBe(false);
    socket.emit("pong");
    vi.advanceTimersByTime(limits.keepAliveMs);
    expect(socket.terminated).toBe(false);
    vi.advanceTimersByTime(limits.keepAliveMs);
    expect(socket.terminated).toBe(true);
    expect(log.entries.at(-1)).toMatchObject({ event: "peer-cut-off", reason: "unresponsive", peer: "carol" });
    adapter.disconnect();
  });

  it("[W3.3] while 256 of a peer's frames wait to be handled the relay stops reading its socket, reads it again once they are handled, and does not take the unread pong for silence", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    // Storage answers only when the test says: every frame about a document waits for it.
    let release: () => void = () => undefined;
    const stored = new Promise<Uint8Array[]>((resolve) => (release = () => resolve([])));
    const { adapter, socket, log } = setUp(undefined, () => stored);
    await join(socket, "erin");
    const reachedRepo: string[] = [];
    adapter.on("message", (message) => reachedRepo.push(message.type));
    const emptySync = Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;
    for (let i = 0; i < 300; i++) {
      const documentId = parseAutomergeUrl(generateAutomergeUrl()).documentId;
      socket.emit("message", cbor.encode({ type: "request", senderId: "erin", targetId: "relay-1", documentId, data: emptySync }), true);
      expect(socket.paused, `after frame ${i + 1}`).toBe(i + 1 >= 256);
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket.closedWith).toBeUndefined();
    expect(reachedRepo).toEqual([]);
    // Two pings unanswered while paused: its pong may be waiting unread.
    vi.advanceTimersByTime(2 * limits.keepAliveMs);
    expect(socket.terminated).toBe(false);
    release();
    await vi.waitFor(() => expect(reachedRepo).toHaveLength(300), { timeout: 5000 });
    expect(socket.paused).toBe(false);
    expect(log.entries.filter((e) => e.event === "peer-cut-off")).toEqual([]);
    // Read again, a peer that still does not answer is unresponsive.
    vi.advanceTimersByTime(limits.keepAliveMs);
    expect(socket.terminated).toBe(true);
    adapter.disconnect();
  });

  it("[W4.2] a cut-off is logged as one structured entry without message content, and counted", async () => {
    const { adapter, socket, metrics, log } = setUp();
    await join(socket, "mallory");
    socket.emit("message", cbor.encode({ type: "sync", senderId: "mallory", targetId: "relay-1", documentId: "bad", data: "SECRET-PAYLOAD" }), true);
    await new Promise((resolve) => setImmediate(resolve));
    const entry = log.entries.find((e) => e.event === "peer-cut-off");
    expect(entry).toEqual({
      level: "warn",
      event: "peer-cut-off",
      reason: "malformed-message",
      detail: "bad documentId",
      code: 4000,
      peer: "mallory",
      address: "127.0.0.1",
    });
    expect(JSON.stringify(log.entries)).not.toContain("SECRET-PAYLOAD");
    expect(metrics.disconnects.get("malformed-message")).toBe(1);
    adapter.disconnect();
  });
});
