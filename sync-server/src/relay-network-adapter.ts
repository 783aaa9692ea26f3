import { cbor, NetworkAdapter, type DocumentId, type Message, type PeerId, type PeerMetadata } from "@automerge/automerge-repo";
import WebSocket, { type RawData } from "ws";
import { DocumentAdmission, type DocumentAdmissionOptions } from "./document-admission.js";
import type { DocumentWaiters } from "./document-waiters.js";
import { createMessageGuard, type MessageGuard, type PeerAnswer } from "./message-guard.js";
import type { RelayMetrics } from "./metrics.js";
import { PeerDirectory, RELAY_EPHEMERAL_SESSION, type AssignedPeer } from "./peer-directory.js";
import { ConnectionRateLimiter, type Clock } from "./rate-limiter.js";
import { Connection, type ConnectionInfo, type Role } from "./relay-connection.js";
import type { RelayLogger } from "./relay-logger.js";
import { CLOSE_CODES, violation, type Violation } from "./violation.js";
import { redactToken } from "./redact-token.js";
import { wholeDocumentFrame, type WholeDocument } from "./whole-document-frame.js";
import {
  PROTOCOL_VERSION,
  type DocumentMessage,
  type ErrorMessage,
  type JoinMessage,
  type OutgoingJoinMessage,
  type PeerMessage,
} from "./wire-messages.js";

export interface RelayNetworkAdapterOptions extends DocumentAdmissionOptions {
  readonly logger: RelayLogger;
  readonly metrics: RelayMetrics;
  readonly clock: Clock;
  /** Called with each document a peer's admitted message concerns (idle eviction). */
  readonly onDocumentActivity?: (documentId: DocumentId) => void;
  /** Peers told the relay lacked a document, offered it if it arrives later (W3.8). */
  readonly waiters?: DocumentWaiters;
  /**
   * Called with documents the Repo may now hold for nobody: one it just told a peer it lacks,
   * and the new documents of a connection that left (W3.8).
   */
  readonly onMaybeUnavailable?: (documentId: DocumentId) => void;
  /**
   * Resolves once what the relay holds of a document is durable (W5.6): a sync message about
   * it waits for this before it goes out. Default: sent at once.
   */
  readonly whenDurable?: (documentId: DocumentId) => Promise<void>;
  /**
   * The whole document answering a peer that has nothing of it, from the store, or undefined
   * to leave its request to the Repo (W1.8). Default: always the Repo.
   */
  readonly coldSync?: (documentId: DocumentId) => Promise<WholeDocument | undefined>;
}

/**
 * Frames received but not yet handled on one connection at which the relay stops reading its
 * socket (W3.3): the peer waits (TCP flow control) instead of being cut off, and the frames held
 * for it stay bounded however slowly they are handled.
 */
const PAUSE_AT_PENDING_FRAMES = 256;
/** Frames still pending when the relay reads a paused socket again: the next ones arrive before these run out. */
const RESUME_AT_PENDING_FRAMES = 64;
/** Time a closing socket gets to finish the close handshake before it is destroyed. */
const CLOSE_GRACE_MS = 1000;
/** Delays between attempts to re-dial a mirror: doubling from the first to the last. */
const REDIAL_FIRST_MS = 1000;
const REDIAL_MAX_MS = 30_000;

/** A mirror link this relay keeps dialling (W7.2). */
interface Dialer {
  readonly url: string;
  attempts: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  stopped: boolean;
}

/**
 * The relay's network adapter for automerge-repo: the server end of the stock WebSocket wire
 * protocol (PROTOCOL.md W1), so a stock `WebSocketClientAdapter` connects unchanged, with
 * every frame checked before the Repo sees it (W2) and every limit enforced (W3). A peer that
 * breaks a rule is cut off with a close code and reason, logged and counted (W4); the others
 * are served on. Sockets are handed over by the HTTP server (`accept`) after the upgrade.
 */
export class RelayNetworkAdapter extends NetworkAdapter {
  readonly #options: RelayNetworkAdapterOptions;
  readonly #guard: MessageGuard;
  readonly #admission: DocumentAdmission;
  readonly #connections = new Set<Connection>();
  /** Joined connections by the id the Repo knows them by (W1.7). */
  readonly #byPeer = new Map<PeerId, Connection>();
  #directory: PeerDirectory | undefined;
  readonly #dialers = new Set<Dialer>();
  #keepAlive: ReturnType<typeof setInterval> | undefined;
  #ready = false;
  #resolveReady: () => void = () => undefined;
  readonly #readyPromise = new Promise<void>((resolve) => (this.#resolveReady = resolve));

  constructor(options: RelayNetworkAdapterOptions) {
    super();
    this.#options = options;
    this.#guard = createMessageGuard(options.limits);
    this.#admission = new DocumentAdmission(options);
  }

  isReady(): boolean {
    return this.#ready;
  }

  whenReady(): Promise<void> {
    return this.#readyPromise;
  }

  /** Called by the Repo with the relay's own peer id and metadata. */
  connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    this.peerId = peerId;
    this.peerMetadata = peerMetadata ?? {};
    this.#directory ??= new PeerDirectory(peerId);
    this.#keepAlive ??= setInterval(() => this.#checkAlive(), this.#options.limits.keepAliveMs);
    this.#ready = true;
    this.#resolveReady();
  }

  /** Closes every connection (1001, `relay-closing`), stops dialling and the keep-alive timer. */
  disconnect(): void {
    clearInterval(this.#keepAlive);
    this.#keepAlive = undefined;
    for (const dialer of this.#dialers) {
      dialer.stopped = true;
      clearTimeout(dialer.timer);
    }
    this.#dialers.clear();
    for (const connection of [...this.#connections]) this.#cutOff(connection, violation("relay-closing", "shutdown"));
  }

  /** Open sockets, joined or not. */
  get connectionCount(): number {
    return this.#connections.size;
  }

  /** Peers that completed the join. */
  get peerCount(): number {
    return this.#byPeer.size;
  }

  /** True if `peerId` (an id the relay assigned, W1.7) is joined over a mirror link (W7.1): the share policy announces to it. */
  isMirror(peerId: PeerId): boolean {
    return this.#byPeer.get(peerId)?.info.mirror === true;
  }

  /** The assigned ids (W1.7) of the peers that completed the join, mirrors included. */
  peerIds(): PeerId[] {
    return [...this.#byPeer.keys()];
  }

  /**
   * Keeps a mirror link to another relay at `url` (with its `?token=`), re-dialling with
   * back-off whenever it drops, until `disconnect` (W7.2). The dialled end is a mirror because
   * this relay chose the address, not because of any peer id.
   */
  dial(url: string): void {
    const dialer: Dialer = { url, attempts: 0, timer: undefined, stopped: false };
    this.#dialers.add(dialer);
    this.#dialOnce(dialer);
  }

  #dialOnce(dialer: Dialer): void {
    if (dialer.stopped) return;
    const { limits } = this.#options;
    const socket = new WebSocket(dialer.url, { maxPayload: limits.maxMessageBytes, perMessageDeflate: false });
    const connection = this.#attach(socket, { remoteAddress: redactToken(dialer.url), mirror: true }, "dialled", () => {
      dialer.attempts = 0;
    });
    socket.once("open", () => {
      if (connection.closed) return;
      this.#sendFrame(connection, {
        type: "join",
        senderId: this.peerId!,
        peerMetadata: this.peerMetadata ?? {},
        supportedProtocolVersions: [PROTOCOL_VERSION],
      });
    });
    socket.once("close", () => {
      if (dialer.stopped) return;
      const delay = Math.min(REDIAL_MAX_MS, REDIAL_FIRST_MS * 2 ** dialer.attempts);
      dialer.attempts += 1;
      dialer.timer = setTimeout(() => this.#dialOnce(dialer), delay);
    });
  }

  /**
   * Takes over an upgraded socket. Every socket gets an error handler first, so no frame
   * can crash the process (W1.1).
   */
  accept(socket: WebSocket, info: ConnectionInfo): void {
    this.#attach(socket, info, "accepted");
  }

  #attach(socket: WebSocket, info: ConnectionInfo, role: Role, onJoined?: () => void): Connection {
    const { limits, metrics, clock } = this.#options;
    const connection = new Connection(socket, info, role, new ConnectionRateLimiter(limits, clock), onJoined);
    socket.on("error", (error: Error & { code?: string }) => {
      const reason = error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH" ? "frame-too-large" : "socket-error";
      this.#cutOff(connection, violation(reason, error.code ?? error.name));
    });
    socket.on("close", () => this.#closed(connection));
    socket.on("pong", () => (connection.alive = true));
    socket.on("message", (data: RawData, isBinary: boolean) => this.#receive(connection, data, isBinary));
    this.#connections.add(connection);
    metrics.connectionsAccepted += 1;
    if (!this.#ready) {
      this.#cutOff(connection, violation("relay-closing", "relay not ready"));
      return connection;
    }
    connection.joinTimer = setTimeout(
      () => this.#cutOff(connection, violation("handshake", role === "accepted" ? "no join in time" : "no answer to our join")),
      limits.joinTimeoutMs,
    );
    return connection;
  }

  /**
   * Called by the Repo: sends `message` to its target peer, if connected, addressed to the id
   * that peer joined as (W1.7); a sync message once what it shows is durable (W5.6).
   */
  send(message: Message): void {
    const connection = this.#byPeer.get(message.targetId);
    if (!connection || connection.closed || connection.claimedId === undefined) return;
    if (message.data !== undefined && message.data.byteLength === 0) return;
    if (message.type === "doc-unavailable" && message.documentId !== undefined) {
      this.#options.waiters?.add(message.documentId, message.targetId);
      this.#options.onMaybeUnavailable?.(message.documentId);
    }
    const durable = message.type === "sync" && message.documentId !== undefined ? this.#options.whenDurable?.(message.documentId) : undefined;
    this.#enqueue(connection, { ...message, targetId: connection.claimedId }, durable);
  }

  /**
   * Sends a frame after every frame queued before it on this connection, and after `durable`
   * (W5.6); at once when nothing is queued or awaited. Frames waiting count as unsent (W3.6).
   */
  #enqueue(connection: Connection, message: Message, durable?: Promise<void>): void {
    this.#enqueueFrame(connection, cbor.encode(message), durable);
  }

  /** `#enqueue` of a frame already encoded. */
  #enqueueFrame(connection: Connection, bytes: Uint8Array, durable?: Promise<void>): void {
    if (durable === undefined && connection.queued === 0) return this.#write(connection, bytes);
    if (this.#tooSlow(connection, bytes)) return;
    connection.queued += 1;
    connection.queuedBytes += bytes.length;
    connection.outbox = Promise.all([connection.outbox, durable]).then(() => {
      connection.queued -= 1;
      connection.queuedBytes -= bytes.length;
      if (!connection.closed) this.#write(connection, bytes);
    });
  }

  /** Sends a handshake frame at once. */
  #sendFrame(connection: Connection, message: PeerMessage | ErrorMessage | OutgoingJoinMessage): void {
    this.#write(connection, cbor.encode(message));
  }

  #write(connection: Connection, bytes: Uint8Array): void {
    if (this.#tooSlow(connection, bytes)) return;
    if (connection.socket.readyState !== connection.socket.OPEN) return;
    connection.socket.send(bytes);
    this.#options.metrics.messagesOut += 1;
    this.#options.metrics.bytesOut += bytes.length;
  }

  /** Cuts the connection off if its unsent bytes and `bytes` would pass the bound (W3.6). */
  #tooSlow(connection: Connection, bytes: Uint8Array): boolean {
    const unsent = connection.socket.bufferedAmount + connection.queuedBytes;
    if (unsent + bytes.length <= this.#options.limits.maxSendBufferBytes) return false;
    this.#cutOff(connection, violation("slow-consumer", `${unsent} bytes unsent`));
    return true;
  }

  #receive(connection: Connection, data: RawData, isBinary: boolean): void {
    if (connection.closed) return;
    const frame = toBytes(data);
    const { metrics } = this.#options;
    metrics.messagesIn += 1;
    metrics.bytesIn += frame.length;
    if (!isBinary) {
      this.#cutOff(connection, violation("malformed-message", "text frame"));
      return;
    }
    if (!connection.info.mirror) {
      const admitted = connection.rate.admit(frame.length);
      if (admitted !== "ok") {
        this.#cutOff(connection, violation("rate-limit", `${admitted} per second`));
        return;
      }
    }
    // Frames of one connection are handled strictly in order; the ledger may read storage.
    connection.pending += 1;
    if (connection.pending >= PAUSE_AT_PENDING_FRAMES && !connection.paused) {
      // The frames already read still arrive, each through the rate limits above.
      connection.paused = true;
      connection.socket.pause();
    }
    connection.chain = connection.chain
      .then(() => this.#handle(connection, frame))
      .catch((error: unknown) => {
        this.#options.logger({ level: "error", event: "internal-error", peer: connection.claimedId, error: String(error) });
      })
      .finally(() => {
        connection.pending -= 1;
        if (connection.paused && connection.pending <= RESUME_AT_PENDING_FRAMES) {
          connection.paused = false;
          if (!connection.closed) connection.socket.resume();
        }
      });
  }

  async #handle(connection: Connection, frame: Uint8Array): Promise<void> {
    if (connection.closed) return;
    const result = this.#guard(frame);
    if (!result.ok) return this.#cutOff(connection, result.violation);
    const { value } = result;
    if (value.kind === "join" || value.kind === "peer" || value.kind === "remote-error") {
      if (value.kind === "join" && connection.role === "accepted") return this.#join(connection, value.message);
      if (value.kind === "peer" && connection.role === "dialled") return this.#answered(connection, value.message);
      if (value.kind === "remote-error" && connection.role === "dialled") {
        return this.#cutOff(connection, violation("handshake", "the other relay sent an error"));
      }
      return this.#cutOff(connection, violation("handshake", `unexpected ${value.kind} message`));
    }
    const { claimedId, assigned } = connection;
    if (claimedId === undefined || assigned === undefined) return this.#cutOff(connection, violation("handshake", "message before join"));

    const { senderId, targetId } = value.kind === "ignored" ? value : value.message;
    if (senderId !== claimedId && value.kind === "document" && value.message.type === "ephemeral") {
      // W2.9: automerge-repo gossips ephemeral messages (presence, cursors) on with their
      // originator's senderId, e.g. from another tab of the member. Nothing is stored from them,
      // so one that did not originate on this socket is dropped, not a reason to cut the peer off.
      this.#options.metrics.messagesIgnored += 1;
      return;
    }
    if (senderId !== claimedId) {
      return this.#cutOff(connection, violation("peer-id-mismatch", "senderId is not the peer id this socket joined as"));
    }
    if (targetId !== this.peerId) return this.#cutOff(connection, violation("peer-id-mismatch", "targetId is not the relay"));
    if (value.kind === "ignored") {
      this.#options.metrics.messagesIgnored += 1;
      return;
    }

    const { message, cost } = value;
    if (message.type === "request" && cost.asksForAll && this.#options.coldSync !== undefined) {
      const whole = await this.#options.coldSync(message.documentId);
      if (connection.closed) return;
      if (whole !== undefined) {
        // What an empty `have` asks of the peer: to send only what it lacks by name (nothing),
        // so it sends none of the document back (Automerge's own answer carries a bloom filter).
        const address = { senderId: this.peerId, targetId: claimedId, documentId: message.documentId };
        this.#enqueueFrame(connection, wholeDocumentFrame(address, whole));
        return;
      }
    }
    const admission = await this.#admission.admit(connection.intake, message.documentId, cost, () => !connection.closed);
    if (admission.kind === "gone") return;
    if (admission.kind === "refuse") return this.#cutOff(connection, admission.violation);
    if (admission.kind === "unheld") return this.#answerUnheld(connection, message, assigned);
    this.#options.onDocumentActivity?.(message.documentId);
    this.emit("message", this.#asAssigned(message, assigned));
  }

  /**
   * A message offering no content about a document the relay holds neither in its store nor in
   * memory (W3.8) never reaches the Repo, which would keep tens of kilobytes for it for good: a
   * `request` (or a `sync` with no heads and no changes) is answered `doc-unavailable` here and
   * the peer is offered the document if it arrives later; presence and `doc-unavailable` about
   * it are dropped. While a mirror link other than the sender is up, a request goes to the Repo,
   * which asks the mirrors.
   */
  #answerUnheld(connection: Connection, message: DocumentMessage, assigned: AssignedPeer): void {
    const { documentId } = message;
    const asks = message.type === "request" || message.type === "sync";
    if (!asks) {
      this.#options.metrics.messagesIgnored += 1;
      return;
    }
    if ([...this.#byPeer.values()].some((other) => other !== connection && other.info.mirror)) {
      this.#options.onDocumentActivity?.(documentId);
      this.emit("message", this.#asAssigned(message, assigned));
      return;
    }
    this.#options.waiters?.add(documentId, assigned.peerId);
    this.#enqueue(connection, { type: "doc-unavailable", senderId: this.peerId!, targetId: connection.claimedId!, documentId });
  }

  /**
   * The message as the Repo sees it: from the connection's assigned id, and presence restamped
   * with the relay's session and count for that id (W1.7), so no peer's chosen id or session
   * reaches the Repo or, through it, anyone else.
   */
  #asAssigned(message: DocumentMessage, assigned: AssignedPeer): DocumentMessage {
    if (message.type !== "ephemeral") return { ...message, senderId: assigned.peerId };
    const count = this.#directory!.nextEphemeralCount(assigned);
    return { ...message, senderId: assigned.peerId, sessionId: RELAY_EPHEMERAL_SESSION as typeof message.sessionId, count };
  }

  #join(connection: Connection, join: JoinMessage): void {
    if (connection.claimedId !== undefined) return this.#cutOff(connection, violation("handshake", "second join"));
    const relayId = this.peerId!;
    const versions = join.supportedProtocolVersions;
    if (versions !== undefined && !versions.includes(PROTOCOL_VERSION)) {
      this.#sendFrame(connection, { type: "error", senderId: relayId, message: "unsupported protocol version", targetId: join.senderId });
      return this.#cutOff(connection, violation("handshake", "unsupported protocol version"));
    }
    if (!this.#admitPeer(connection, join.senderId)) return;
    this.#sendFrame(connection, {
      type: "peer",
      senderId: relayId,
      peerMetadata: this.peerMetadata ?? {},
      selectedProtocolVersion: PROTOCOL_VERSION,
      targetId: join.senderId,
    });
  }

  /** The other relay's answer to the join this relay sent on a mirror link it dialled (W7.2). */
  #answered(connection: Connection, answer: PeerAnswer): void {
    if (connection.claimedId !== undefined) return this.#cutOff(connection, violation("handshake", "second peer message"));
    if (answer.targetId !== this.peerId) return this.#cutOff(connection, violation("peer-id-mismatch", "answer not addressed to us"));
    if (answer.selectedProtocolVersion !== PROTOCOL_VERSION) {
      return this.#cutOff(connection, violation("handshake", "unsupported protocol version"));
    }
    this.#admitPeer(connection, answer.senderId);
  }

  /**
   * Completes the handshake: the connection keeps the id it joined as (`claimedId`) and gets one
   * of the relay's own for the Repo (W1.7), so another connection claiming the same id disturbs
   * neither. Only the relay's own id is refused (W2.2: a relay dialling itself). Returns false
   * if the connection was cut off.
   */
  #admitPeer(connection: Connection, claimedId: PeerId): boolean {
    if (claimedId === this.peerId) {
      this.#cutOff(connection, violation("peer-id-in-use", "the relay's own peer id"));
      return false;
    }
    clearTimeout(connection.joinTimer);
    const assigned = this.#directory!.assign();
    connection.claimedId = claimedId;
    connection.assigned = assigned;
    this.#byPeer.set(assigned.peerId, connection);
    connection.onJoined();
    this.#options.logger({
      level: "info",
      event: "peer-joined",
      peer: claimedId,
      as: assigned.peerId,
      address: connection.info.remoteAddress,
      mirror: connection.info.mirror,
    });
    // Whatever storageId a peer declares is never used (W1.4): every peer is ephemeral to us.
    this.emit("peer-candidate", { peerId: assigned.peerId, peerMetadata: { isEphemeral: true } });
    return true;
  }

  /** Cuts a connection off for `why`: logged, counted, closed with its code (W4). */
  #cutOff(connection: Connection, why: Violation): void {
    if (connection.closed) return;
    connection.closed = true;
    const { logger, metrics } = this.#options;
    const code = CLOSE_CODES[why.reason];
    logger({
      level: why.reason === "relay-closing" ? "info" : "warn",
      event: "peer-cut-off",
      reason: why.reason,
      detail: why.detail,
      code,
      peer: connection.claimedId,
      address: connection.info.remoteAddress,
    });
    metrics.disconnected(why.reason);
    this.#release(connection);
    const { socket } = connection;
    if (why.reason === "slow-consumer" || why.reason === "unresponsive") {
      socket.terminate(); // a close frame would wait behind the data it is not reading
      return;
    }
    try {
      if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, why.reason);
    } catch {
      socket.terminate();
    }
    connection.killTimer = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS);
  }

  #closed(connection: Connection): void {
    clearTimeout(connection.joinTimer);
    clearTimeout(connection.killTimer);
    this.#connections.delete(connection);
    if (connection.closed) return;
    connection.closed = true;
    this.#options.metrics.disconnected("peer-closed");
    this.#options.logger({ level: "info", event: "peer-left", peer: connection.claimedId, address: connection.info.remoteAddress });
    this.#release(connection);
  }

  #release(connection: Connection): void {
    const { assigned } = connection;
    if (assigned === undefined || this.#byPeer.get(assigned.peerId) !== connection) return;
    this.#byPeer.delete(assigned.peerId);
    this.#directory!.release(assigned);
    this.#options.waiters?.release(assigned.peerId);
    this.emit("peer-disconnected", { peerId: assigned.peerId });
    for (const documentId of connection.intake.newDocuments) this.#options.onMaybeUnavailable?.(documentId);
  }

  #checkAlive(): void {
    for (const connection of this.#connections) {
      if (connection.closed) continue;
      // A paused socket's pong may wait unread behind the frames the relay has not handled yet.
      if (!connection.alive && !connection.paused) {
        this.#cutOff(connection, violation("unresponsive", "no pong to the last ping"));
        continue;
      }
      connection.alive = false;
      try {
        connection.socket.ping();
      } catch {
        // the close event follows
      }
    }
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
