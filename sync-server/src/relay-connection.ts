import type WebSocket from "ws";
import type { PeerId } from "@automerge/automerge-repo";
import type { Intake } from "./document-admission.js";
import type { AssignedPeer } from "./peer-directory.js";
import type { ConnectionRateLimiter } from "./rate-limiter.js";

/** How a socket reached the relay: who is at the other end, as far as the connection proves. */
export interface ConnectionInfo {
  /** The remote address, for logs. */
  readonly remoteAddress: string;
  /**
   * True for a mirror link: a socket the relay dialled itself, or one that presented the
   * mirror token (PROTOCOL.md W7.1). Never inferred from a peer id.
   */
  readonly mirror: boolean;
}

/** Which end of the handshake the relay is on: it accepted the socket, or dialled it (W7.2). */
export type Role = "accepted" | "dialled";

/** One socket of the relay, joined or not, and what the relay keeps about it (PROTOCOL.md W1–W5). */
export class Connection {
  /** The id the peer joined as: what its own messages must carry, and what replies address (W2.2). */
  claimedId: PeerId | undefined;
  /** The id the relay's Repo knows this connection by, once joined (W1.7). */
  assigned: AssignedPeer | undefined;
  closed = false;
  alive = true;
  /** Frames received and not yet handled (W3.3). */
  pending = 0;
  /** True while the relay does not read the socket because too many of its frames are pending (W3.3). */
  paused = false;
  chain: Promise<void> = Promise.resolve();
  /** What the connection brought into the relay so far (W3.5, W3.9). */
  readonly intake: Intake;
  /** Frames waiting to go out in order (W5.6): the last one's promise, their count and bytes. */
  outbox: Promise<unknown> = Promise.resolve();
  queued = 0;
  queuedBytes = 0;
  joinTimer: ReturnType<typeof setTimeout> | undefined;
  killTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly socket: WebSocket,
    readonly info: ConnectionInfo,
    readonly role: Role,
    readonly rate: ConnectionRateLimiter,
    readonly onJoined: () => void = () => undefined,
  ) {
    this.intake = { mirror: info.mirror, newDocuments: new Set(), inflated: 0 };
  }
}
