import { cbor } from "@automerge/automerge-repo";
import WebSocket from "ws";

export interface Closed {
  readonly code: number;
  readonly reason: string;
}

/** A bare `ws` client speaking the wire protocol by hand, to send what no stock client would. */
export interface RawClient {
  readonly socket: WebSocket;
  /** Resolves once open. */
  readonly opened: Promise<void>;
  /** Resolves with the close code and reason (never rejects; errors are swallowed). */
  readonly closed: Promise<Closed>;
  /** Messages received, decoded. */
  readonly received: Record<string, unknown>[];
  /** Resolves with the first received message (past or future) of `type`. */
  receive(type: string): Promise<Record<string, unknown>>;
  /** Resolves once `count` messages of `type` have been received. */
  receiveCount(type: string, count: number): Promise<void>;
  /** Sends `value` CBOR-encoded as automerge-repo encodes it. */
  send(value: unknown): void;
  /** Sends the join message and resolves with the relay's `peer` answer. */
  join(peerId: string, extra?: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export function rawClient(url: string, options: WebSocket.ClientOptions = {}): RawClient {
  const socket = new WebSocket(url, options);
  const received: Record<string, unknown>[] = [];
  const waiters: { type: string; resolve: (m: Record<string, unknown>) => void }[] = [];
  const counters: { type: string; count: number; resolve: () => void }[] = [];
  const countOf = (type: string) => received.filter((m) => m.type === type).length;
  socket.on("error", () => undefined);
  socket.on("message", (data: Buffer) => {
    const message = cbor.decode<Record<string, unknown>>(data);
    received.push(message);
    for (const w of [...waiters]) {
      if (w.type === message.type) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(message);
      }
    }
    for (const c of [...counters]) {
      if (c.type === message.type && countOf(c.type) >= c.count) {
        counters.splice(counters.indexOf(c), 1);
        c.resolve();
      }
    }
  });
  const opened = new Promise<void>((resolve) => socket.once("open", () => resolve()));
  const closed = new Promise<Closed>((resolve) => socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })));
  const receive = (type: string) => {
    const found = received.find((m) => m.type === type);
    if (found) return Promise.resolve(found);
    return new Promise<Record<string, unknown>>((resolve) => waiters.push({ type, resolve }));
  };
  const send = (value: unknown) => socket.send(cbor.encode(value));
  return {
    socket,
    opened,
    closed,
    received,
    receive,
    receiveCount: (type, count) =>
      countOf(type) >= count ? Promise.resolve() : new Promise<void>((resolve) => counters.push({ type, count, resolve })),
    send,
    join: async (peerId, extra = {}) => {
      await opened;
      send({ type: "join", senderId: peerId, peerMetadata: {}, supportedProtocolVersions: ["1"], ...extra });
      return receive("peer");
    },
  };
}
