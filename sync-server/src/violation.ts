/**
 * Why the relay cut a peer off, and the WebSocket close code it sends (PROTOCOL.md W4).
 * The reason string is also the close reason and the `reason` label of the disconnect metric.
 */
export const CLOSE_CODES = Object.freeze({
  "malformed-message": 4000,
  handshake: 4001,
  "peer-id-mismatch": 4002,
  "peer-id-in-use": 4003,
  "rate-limit": 4004,
  "too-many-documents": 4005,
  "document-too-large": 4006,
  "slow-consumer": 4007,
  unresponsive: 4008,
  "too-much-data": 4009,
  "relay-full": 4010,
  "frame-too-large": 1009,
  "socket-error": 1011,
  "relay-closing": 1001,
} as const);

export type ViolationReason = keyof typeof CLOSE_CODES;

/** A rule a peer broke: the reason, and a short detail for the log (never message content). */
export interface Violation {
  readonly reason: ViolationReason;
  readonly detail: string;
}

/** Builds a `Violation`. */
export function violation(reason: ViolationReason, detail: string): Violation {
  return { reason, detail };
}
