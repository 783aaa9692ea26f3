import type {
  DocumentId,
  DocumentUnavailableMessage,
  EphemeralMessage,
  PeerId,
  PeerMetadata,
  RequestMessage,
  SyncMessage,
} from "@automerge/automerge-repo";

/**
 * The messages of the WebSocket wire protocol of `@automerge/automerge-repo-network-websocket`
 * 2.5.6, protocol version "1" (PROTOCOL.md W1, W2): CBOR maps, one per binary WebSocket message.
 */
export const PROTOCOL_VERSION = "1";

/** Client → relay, first message on a socket: who the client says it is. */
export interface JoinMessage {
  readonly type: "join";
  readonly senderId: PeerId;
  /** Absent means version "1" (as the stock server reads it). */
  readonly supportedProtocolVersions: readonly string[] | undefined;
}

/** The join this relay sends when it dials a mirror (W7.2), as the stock client sends it. */
export interface OutgoingJoinMessage {
  readonly type: "join";
  readonly senderId: PeerId;
  readonly peerMetadata: PeerMetadata;
  readonly supportedProtocolVersions: readonly string[];
}

/** Relay → client, the answer to a join. */
export interface PeerMessage {
  readonly type: "peer";
  readonly senderId: PeerId;
  readonly peerMetadata: PeerMetadata;
  readonly selectedProtocolVersion: typeof PROTOCOL_VERSION;
  readonly targetId: PeerId;
}

/** Relay → client before it closes a socket for an unsupported protocol version. */
export interface ErrorMessage {
  readonly type: "error";
  readonly senderId: PeerId;
  readonly message: string;
  readonly targetId: PeerId;
}

/** The document messages the relay passes to its Repo (W2.3–W2.6). */
export type DocumentMessage = SyncMessage | RequestMessage | EphemeralMessage | DocumentUnavailableMessage;

/** Types the relay knows but drops: remote-heads gossip, which it does not take part in (W2.7). */
export const IGNORED_TYPES: ReadonlySet<string> = new Set(["remote-subscription-change", "remote-heads-changed"]);

/** What a sync or request message would add to its document (W3.4). */
export interface DocumentCost {
  readonly bytes: number;
  readonly ops: number;
  /** The inflated size of its changes: what the relay will hold in memory for them (W3.4). */
  readonly inflated: number;
  /** True if the message shows document content (heads or changes), false if it only asks (W3.8). */
  readonly offersContent: boolean;
  /** True if it shows the sender has nothing: no heads, changes, needs, nor anything it has (W1.8). */
  readonly asksForAll: boolean;
}

export const NO_COST: DocumentCost = Object.freeze({ bytes: 0, ops: 0, inflated: 0, offersContent: false, asksForAll: false });

export type { DocumentId, PeerId, PeerMetadata };
