/**
 * Resource limits of a relay (PROTOCOL.md W3). Checks at ingestion are resource limits only,
 * never validity (DESIGN.md §1.3): a peer that exceeds one is disconnected with a reason.
 */
export interface RelayLimits {
  /** Open WebSocket connections; further upgrades are refused with HTTP 503 (W3.1). */
  readonly maxConnections: number;
  /** Largest WebSocket message (the `ws` maxPayload); larger ones close the socket with 1009 (W3.2). */
  readonly maxMessageBytes: number;
  /** Stored bytes of one document, counted as in W3.4. Must be below `maxMessageBytes`. */
  readonly maxDocumentBytes: number;
  /** Operations in one document, counted as in W3.4. */
  readonly maxDocumentOps: number;
  /** Inflated size (deflated parts counted inflated) of the changes of one message (W3.4). */
  readonly maxInflatedBytes: number;
  /** Inflated size one connection may make the relay hold in memory, over its life (W3.9). */
  readonly maxInflatedBytesPerConnection: number;
  /** Inflated size of all documents the relay holds in memory for its peers (W3.9). */
  readonly maxInflatedBytesInMemory: number;
  /** Largest `data` of an ephemeral message (W2.6). */
  readonly maxEphemeralBytes: number;
  /** Sustained messages per second from one connection, and the burst allowed above it (W3.3). */
  readonly messagesPerSecond: number;
  readonly messageBurst: number;
  /** Sustained bytes per second from one connection, and the burst allowed above it (W3.3). */
  readonly bytesPerSecond: number;
  readonly byteBurst: number;
  /** Documents the relay does not hold that one connection may bring or ask for (W3.5). */
  readonly maxNewDocumentsPerConnection: number;
  /** Bytes queued for a peer that reads too slowly before it is cut off (W3.6). */
  readonly maxSendBufferBytes: number;
  /** Time a new connection has to send its join message (W1.2). */
  readonly joinTimeoutMs: number;
  /** Interval of WebSocket pings; a peer that missed the previous one is dropped (W1.6). */
  readonly keepAliveMs: number;
  /** A loaded document nobody synced for this long is written out and unloaded (W3.7); 0 = never. */
  readonly idleDocumentMs: number;
}

const MiB = 1024 * 1024;

/** The defaults, sized for a city or country relay (see sync-server/README.md). */
export const DEFAULT_LIMITS: RelayLimits = Object.freeze({
  maxConnections: 1000,
  maxMessageBytes: 17 * MiB,
  maxDocumentBytes: 16 * MiB,
  maxDocumentOps: 500_000,
  maxInflatedBytes: 32 * MiB,
  maxInflatedBytesPerConnection: 128 * MiB,
  maxInflatedBytesInMemory: 512 * MiB,
  maxEphemeralBytes: 64 * 1024,
  messagesPerSecond: 500,
  messageBurst: 2000,
  bytesPerSecond: 8 * MiB,
  byteBurst: 34 * MiB,
  maxNewDocumentsPerConnection: 1000,
  maxSendBufferBytes: 64 * MiB,
  joinTimeoutMs: 10_000,
  keepAliveMs: 30_000,
  idleDocumentMs: 10 * 60_000,
});

export class LimitsError extends Error {
  override readonly name = "LimitsError";
}

/**
 * The defaults overridden by `overrides`. Throws `LimitsError` if a value is not a positive
 * safe integer (`idleDocumentMs` may be 0), or if the limits contradict each other: a cold
 * sync sends a whole document in one message, so `maxMessageBytes` must exceed
 * `maxDocumentBytes`, bursts and the send buffer must hold one largest message, and the
 * inflated sizes allowed must grow from a document to a message, a connection and the relay.
 */
export function resolveLimits(overrides: Partial<RelayLimits> = {}): RelayLimits {
  const limits: RelayLimits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    const min = name === "idleDocumentMs" ? 0 : 1;
    if (!Number.isSafeInteger(value) || (value as number) < min) {
      throw new LimitsError(`limit ${name} must be an integer ≥ ${min}, got ${String(value)}`);
    }
  }
  // ws reads maxPayload as a 32-bit signed integer.
  if (limits.maxMessageBytes > 2 ** 31 - 1) throw new LimitsError("maxMessageBytes must be below 2 GiB");
  if (!(limits.maxMessageBytes > limits.maxDocumentBytes)) {
    throw new LimitsError("maxMessageBytes must exceed maxDocumentBytes (a cold sync sends a whole document)");
  }
  if (limits.byteBurst < limits.maxMessageBytes) throw new LimitsError("byteBurst must be at least maxMessageBytes");
  // A document that may be stored may be sent whole in one message, and held.
  if (limits.maxInflatedBytes < limits.maxDocumentBytes) throw new LimitsError("maxInflatedBytes must be at least maxDocumentBytes");
  if (limits.maxInflatedBytesPerConnection < limits.maxInflatedBytes) {
    throw new LimitsError("maxInflatedBytesPerConnection must be at least maxInflatedBytes");
  }
  if (limits.maxInflatedBytesInMemory < limits.maxInflatedBytesPerConnection) {
    throw new LimitsError("maxInflatedBytesInMemory must be at least maxInflatedBytesPerConnection");
  }
  if (limits.maxSendBufferBytes < limits.maxMessageBytes) {
    throw new LimitsError("maxSendBufferBytes must be at least maxMessageBytes");
  }
  return Object.freeze(limits);
}
