import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, LimitsError, resolveLimits } from "../src/limits.js";

describe("relay limits", () => {
  it("[W3.2] the defaults let a whole document of the largest allowed size through in one message", () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS.maxMessageBytes).toBeGreaterThan(DEFAULT_LIMITS.maxDocumentBytes);
  });

  it("[W3.2] refuses a message limit at or below the document limit, and non-integer or negative values", () => {
    expect(() => resolveLimits({ maxMessageBytes: 1000, maxDocumentBytes: 1000, byteBurst: 1000, maxSendBufferBytes: 1000 })).toThrow(LimitsError);
    expect(() => resolveLimits({ messagesPerSecond: 0 })).toThrow(LimitsError);
    expect(() => resolveLimits({ maxDocumentOps: 1.5 })).toThrow(LimitsError);
    expect(() => resolveLimits({ byteBurst: 10 })).toThrow(/byteBurst/);
    expect(() => resolveLimits({ maxMessageBytes: 2 ** 31, byteBurst: 2 ** 31, maxSendBufferBytes: 2 ** 31 })).toThrow(/below 2 GiB/);
    expect(resolveLimits({ idleDocumentMs: 0 }).idleDocumentMs).toBe(0);
  });

  it("[W3.9] refuses inflated-size bounds that shrink from a document to a message, a connection and the relay", () => {
    expect(() => resolveLimits({ maxInflatedBytes: DEFAULT_LIMITS.maxDocumentBytes - 1 })).toThrow(/maxInflatedBytes must be at least maxDocumentBytes/);
    expect(() => resolveLimits({ maxInflatedBytesPerConnection: DEFAULT_LIMITS.maxInflatedBytes - 1 })).toThrow(/PerConnection/);
    expect(() => resolveLimits({ maxInflatedBytesInMemory: DEFAULT_LIMITS.maxInflatedBytesPerConnection - 1 })).toThrow(/InMemory/);
    expect(DEFAULT_LIMITS.maxInflatedBytesInMemory).toBeGreaterThanOrEqual(DEFAULT_LIMITS.maxInflatedBytesPerConnection);
  });
});
