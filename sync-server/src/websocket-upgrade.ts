import { createHash, timingSafeEqual } from "node:crypto";
import { STATUS_CODES, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocket, WebSocketServer } from "ws";
import type { RelayMetrics } from "./metrics.js";
import type { ConnectionInfo } from "./relay-connection.js";
import type { RelayLogger } from "./relay-logger.js";

export interface UpgradePolicy {
  /** Required as `?token=` on the WebSocket URL, if set (PROTOCOL.md W1.1). */
  readonly token: string | undefined;
  /** Presented as `?token=` by another relay's mirror link, if set (W7.1). */
  readonly mirrorToken: string | undefined;
  readonly maxConnections: number;
  readonly connectionCount: () => number;
  readonly closing: () => boolean;
}

export interface UpgradeContext {
  readonly wss: WebSocketServer;
  readonly policy: UpgradePolicy;
  readonly metrics: RelayMetrics;
  readonly logger: RelayLogger;
  readonly accept: (socket: WebSocket, info: ConnectionInfo) => void;
}

/**
 * Handles HTTP upgrades (W1.1): only at path `/`, only with the token if one is set (else
 * 401), only below the connection limit (else 503). A refused upgrade gets a bare HTTP
 * response and its socket is destroyed, before any WebSocket exists. Never throws.
 */
export function createUpgradeHandler(context: UpgradeContext): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  const { wss, policy, metrics, logger } = context;
  return (req, socket, head) => {
    socket.on("error", () => socket.destroy());
    const remoteAddress = req.socket.remoteAddress ?? "unknown";
    const refuse = (status: number, reason: string) => {
      metrics.refused(reason);
      logger({ level: "warn", event: "upgrade-refused", reason, status, address: remoteAddress });
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://relay.invalid");
    } catch {
      return refuse(400, "bad-request");
    }
    if (url.pathname !== "/") return refuse(404, "not-found");
    if (policy.closing()) return refuse(503, "closing");
    const presented = url.searchParams.get("token");
    const mirror = policy.mirrorToken !== undefined && tokensEqual(presented, policy.mirrorToken);
    if (policy.token !== undefined && !mirror && !tokensEqual(presented, policy.token)) return refuse(401, "unauthorized");
    if (policy.connectionCount() >= policy.maxConnections) return refuse(503, "full");
    try {
      wss.handleUpgrade(req, socket, head, (ws) => context.accept(ws, { remoteAddress, mirror }));
    } catch {
      refuse(400, "bad-upgrade");
    }
  };
}

/** Compares a presented token with the expected one in constant time. */
export function tokensEqual(presented: string | null, expected: string): boolean {
  if (presented === null) return false;
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
