import {
  cbor,
  type DocHandle,
  type DocumentId,
  type PeerId,
  type PeerMetadata,
  type StorageId,
} from "@automerge/automerge-repo";
import { WebSocketClientAdapter, type FromClientMessage } from "@automerge/automerge-repo-network-websocket";
import { takeWholeDocument, type RepoMessage } from "@chapterhouse/crdt/sync";
import type { RelayKind } from "./connection-settings.js";
import type { RelayUrl } from "./relay-url.js";

/** Where a relay connection stands. */
export type RelayState = "connecting" | "connected" | "disconnected" | "error";

/** What the member sees of one relay connection. */
export interface RelayConnectionStatus {
  readonly url: RelayUrl;
  readonly kind: RelayKind;
  readonly state: RelayState;
  /** The relay's peer id while connected. */
  readonly peerId?: PeerId;
  /** The relay's storage id, once it has introduced itself. */
  readonly storageId?: StorageId;
  /** Why the connection failed, for the member (browsers give scripts no detail of socket errors). */
  readonly detail?: string;
}

/** How long to wait between attempts to reach a relay that is down. */
export const RELAY_RETRY_MS = 5_000;

/**
 * automerge-repo's WebSocket client adapter, plus what the app needs around it:
 * - a state (connecting, connected, disconnected, error) with change notifications;
 * - `close()` that is final: the stock adapter may still hold a reconnection timer after
 *   `disconnect()` (scheduled when a socket closed while the relay was down); once closed, this
 *   connection ignores it, so "work offline" really leaves no socket behind;
 * - sending on a socket that is closing drops the message instead of throwing into the Repo
 *   (the peer is about to be reported gone and sync restarts on reconnection);
 * - a socket that cannot even be constructed (e.g. blocked as mixed content) is an error state,
 *   not an exception thrown from a timer;
 * - a document the device has never had, arriving whole (the relay's answer to its request), is
 *   loaded with `Automerge.load` into the Repo's handle, and the Repo never sees the message
 *   (PROTOCOL.md W9.1, `takeWholeDocument`), instead of replayed by the Repo's
 *   `receiveSyncMessage`, which costs half as much again (issue 15).
 * One instance per relay per online period: to go online again the manager makes a new one.
 */
export class RelayConnection extends WebSocketClientAdapter {
  readonly relay: RelayUrl;
  readonly kind: RelayKind;
  #state: RelayState = "connecting";
  #detail: string | undefined;
  #remoteStorageId: StorageId | undefined;
  #closed = false;
  #blocked = false;
  readonly #listeners = new Set<(status: RelayConnectionStatus) => void>();
  readonly #handleOf: ((documentId: DocumentId) => DocHandle<unknown> | undefined) | undefined;

  /**
   * `handleOf`: the Repo's handle of a document, if it has one (`repo.handles[id]`), for W9.1;
   * without it every message goes to the Repo as it came.
   */
  constructor(
    relay: RelayUrl,
    kind: RelayKind,
    retryMs: number = RELAY_RETRY_MS,
    handleOf?: (documentId: DocumentId) => DocHandle<unknown> | undefined,
  ) {
    super(relay, retryMs);
    this.relay = relay;
    this.kind = kind;
    this.#handleOf = handleOf;
    this.on("peer-candidate", ({ peerMetadata }) => {
      this.#remoteStorageId = peerMetadata.storageId;
      this.#set("connected", undefined);
    });
    this.on("peer-disconnected", () => {
      if (!this.#closed) this.#set("connecting", undefined);
    });
  }

  /** The current status. */
  status(): RelayConnectionStatus {
    const connected = this.#state === "connected";
    return {
      url: this.relay,
      kind: this.kind,
      state: this.#state,
      ...(connected && this.remotePeerId !== undefined ? { peerId: this.remotePeerId } : {}),
      ...(this.#remoteStorageId !== undefined ? { storageId: this.#remoteStorageId } : {}),
      ...(this.#detail !== undefined ? { detail: this.#detail } : {}),
    };
  }

  /** Calls `listener` after every status change; returns the function that unsubscribes. */
  onStatus(listener: (status: RelayConnectionStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Called by the Repo (and by the adapter's own retry timers). A no-op once closed. */
  override connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    if (this.#closed || this.#blocked) return;
    if (this.#state !== "error") this.#set("connecting", undefined);
    try {
      super.connect(peerId, peerMetadata);
    } catch (error) {
      // `new WebSocket()` throws synchronously only for addresses the browser will never open.
      this.#blocked = true;
      this.#set("error", `The browser refused to open this address (${describe(error)}).`);
      return;
    }
    const socket = this.socket;
    socket?.addEventListener("error", () => {
      if (!this.#closed && this.socket === socket) this.#set("error", "Could not reach the relay; retrying.");
    });
    socket?.addEventListener("close", () => {
      if (!this.#closed && this.socket === socket && this.#state === "connected")
        this.#set("connecting", undefined);
    });
  }

  /** Closes the socket for good and reports the relay peer gone. Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.peerId !== undefined && this.socket !== undefined) super.disconnect();
    this.#set("disconnected", undefined);
  }

  /** The Repo's disconnect (e.g. on shutdown) is final too. */
  override disconnect(): void {
    this.close();
  }

  override send(message: FromClientMessage): void {
    if (this.#closed) return;
    try {
      super.send(message);
    } catch {
      // The socket is closing: the relay peer is reported gone next, and sync restarts on reconnection.
    }
  }

  /** Called with every frame from the relay: a whole document for a handle that holds nothing is taken first (W9.1). */
  override receiveMessage(messageBytes: Uint8Array): void {
    if (this.#tookWholeDocument(messageBytes)) return;
    super.receiveMessage(messageBytes);
  }

  /** True if the frame carried a whole document the Repo's handle took (the Repo then never sees the frame). */
  #tookWholeDocument(frame: Uint8Array): boolean {
    const handleOf = this.#handleOf;
    if (handleOf === undefined) return false;
    let decoded: unknown;
    try {
      decoded = cbor.decode<unknown>(new Uint8Array(frame));
    } catch {
      return false; // the stock adapter logs it and drops it
    }
    if (typeof decoded !== "object" || decoded === null) return false;
    return (
      takeWholeDocument(decoded as RepoMessage, (documentId) => handleOf(documentId as DocumentId)) ===
      undefined
    );
  }

  #set(state: RelayState, detail: string | undefined): void {
    if (state === this.#state && detail === this.#detail) return;
    this.#state = state;
    this.#detail = detail;
    const status = this.status();
    for (const listener of [...this.#listeners]) listener(status);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
