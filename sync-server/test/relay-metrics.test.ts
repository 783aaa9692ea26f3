import { describe, expect, it } from "vitest";
import { RelayMetrics, renderPrometheus } from "../src/metrics.js";
import { TokenBucket } from "../src/rate-limiter.js";

describe("metrics and rate limits", () => {
  it("[W6.3] renders counters with HELP and TYPE lines and escaped, sorted reason labels", () => {
    const metrics = new RelayMetrics();
    metrics.disconnected("rate-limit");
    metrics.disconnected("malformed-message");
    metrics.disconnected("rate-limit");
    metrics.refused('odd"reason\\');
    const text = renderPrometheus(metrics, { connections: 2, peers: 1, documents: 3, uptimeSeconds: 9 });
    expect(text.endsWith("\n")).toBe(true);
    expect(text).toContain(
      [
        "# HELP chapterhouse_relay_disconnects_total Connections closed, by reason.",
        "# TYPE chapterhouse_relay_disconnects_total counter",
        'chapterhouse_relay_disconnects_total{reason="malformed-message"} 1',
        'chapterhouse_relay_disconnects_total{reason="rate-limit"} 2',
      ].join("\n"),
    );
    expect(text).toContain('chapterhouse_relay_connections_refused_total{reason="odd\\"reason\\\\"} 1');
    expect(text).toContain("chapterhouse_relay_documents 3\n");
  });

  it("[W3.3] a token bucket allows its burst, then only its rate", () => {
    let now = 0;
    const bucket = new TokenBucket(10, 5, () => now);
    for (let i = 0; i < 5; i++) expect(bucket.take(1)).toBe(true);
    expect(bucket.take(1)).toBe(false);
    now += 100; // one token back at 10 per second
    expect(bucket.take(1)).toBe(true);
    expect(bucket.take(1)).toBe(false);
    now += 10_000;
    expect(bucket.take(6)).toBe(false); // never more than the capacity
    expect(bucket.take(5)).toBe(true);
  });
});
