import type { RelayLimits } from "./limits.js";

/** Milliseconds from some fixed origin (e.g. `performance.now`); injected so tests control time. */
export type Clock = () => number;

/**
 * A token bucket: `capacity` tokens, refilled at `ratePerSecond`, starting full.
 */
export class TokenBucket {
  #tokens: number;
  #last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    private readonly clock: Clock,
  ) {
    this.#tokens = capacity;
    this.#last = clock();
  }

  /** Takes `amount` tokens if there are that many; returns false (taking none) otherwise. */
  take(amount: number): boolean {
    const now = this.clock();
    const elapsed = Math.max(0, now - this.#last);
    this.#last = now;
    this.#tokens = Math.min(this.capacity, this.#tokens + (elapsed * this.ratePerSecond) / 1000);
    if (this.#tokens < amount) return false;
    this.#tokens -= amount;
    return true;
  }
}

/** The per-connection limits on messages and bytes received (PROTOCOL.md W3.3). */
export class ConnectionRateLimiter {
  readonly #messages: TokenBucket;
  readonly #bytes: TokenBucket;

  constructor(limits: Pick<RelayLimits, "messagesPerSecond" | "messageBurst" | "bytesPerSecond" | "byteBurst">, clock: Clock) {
    this.#messages = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, clock);
    this.#bytes = new TokenBucket(limits.bytesPerSecond, limits.byteBurst, clock);
  }

  /** Admits one message of `bytes` bytes, or returns which limit it broke. */
  admit(bytes: number): "ok" | "messages" | "bytes" {
    if (!this.#messages.take(1)) return "messages";
    if (!this.#bytes.take(bytes)) return "bytes";
    return "ok";
  }
}
