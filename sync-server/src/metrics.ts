/**
 * Counters of a relay, rendered in the Prometheus text exposition format 0.0.4
 * (PROTOCOL.md W6.3), written by hand.
 */
export class RelayMetrics {
  connectionsAccepted = 0;
  messagesIn = 0;
  bytesIn = 0;
  messagesOut = 0;
  bytesOut = 0;
  messagesIgnored = 0;
  storageErrors = 0;
  readonly connectionsRefused = new Map<string, number>();
  readonly disconnects = new Map<string, number>();
  /** Cold syncs answered by the relay itself (W1.8), by where the answer came from (`memory`, `store`). */
  readonly coldSyncs = new Map<string, number>();

  /** Counts an upgrade refused before it became a connection (`unauthorized`, `full`, …). */
  refused(reason: string): void {
    this.connectionsRefused.set(reason, (this.connectionsRefused.get(reason) ?? 0) + 1);
  }

  /** Counts a connection the relay closed, by reason (the violation reason, or `client-closed`). */
  disconnected(reason: string): void {
    this.disconnects.set(reason, (this.disconnects.get(reason) ?? 0) + 1);
  }

  /** Counts a cold sync the relay answered itself (W1.8), from a kept answer (`memory`) or a read of its store (`store`). */
  coldSynced(from: string): void {
    this.coldSyncs.set(from, (this.coldSyncs.get(from) ?? 0) + 1);
  }
}

/** Values read at the time of the scrape. */
export interface RelayGauges {
  readonly connections: number;
  readonly peers: number;
  readonly documents: number;
  readonly uptimeSeconds: number;
}

const PREFIX = "chapterhouse_relay";

/** The metrics as Prometheus text (version 0.0.4): HELP and TYPE lines, then samples. */
export function renderPrometheus(metrics: RelayMetrics, gauges: RelayGauges): string {
  const lines: string[] = [];
  const family = (name: string, type: "counter" | "gauge", help: string, samples: [Record<string, string>, number][]) => {
    lines.push(`# HELP ${PREFIX}_${name} ${help}`, `# TYPE ${PREFIX}_${name} ${type}`);
    for (const [labels, value] of samples) lines.push(`${PREFIX}_${name}${renderLabels(labels)} ${formatValue(value)}`);
  };
  const byLabel = (label: string, counts: Map<string, number>): [Record<string, string>, number][] =>
    [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([value, n]) => [{ [label]: value }, n]);
  const byReason = (counts: Map<string, number>) => byLabel("reason", counts);

  family("connections", "gauge", "Open WebSocket connections.", [[{}, gauges.connections]]);
  family("peers", "gauge", "Peers that completed the join handshake.", [[{}, gauges.peers]]);
  family("documents", "gauge", "Documents loaded in memory.", [[{}, gauges.documents]]);
  family("uptime_seconds", "gauge", "Seconds since the relay started.", [[{}, gauges.uptimeSeconds]]);
  family("connections_total", "counter", "WebSocket connections accepted.", [[{}, metrics.connectionsAccepted]]);
  family("connections_refused_total", "counter", "WebSocket upgrades refused, by reason.", byReason(metrics.connectionsRefused));
  family("messages_received_total", "counter", "Messages received from peers.", [[{}, metrics.messagesIn]]);
  family("bytes_received_total", "counter", "Bytes of messages received from peers.", [[{}, metrics.bytesIn]]);
  family("messages_sent_total", "counter", "Messages sent to peers.", [[{}, metrics.messagesOut]]);
  family("bytes_sent_total", "counter", "Bytes of messages sent to peers.", [[{}, metrics.bytesOut]]);
  family("messages_ignored_total", "counter", "Well-formed messages of types the relay does not act on.", [[{}, metrics.messagesIgnored]]);
  family("disconnects_total", "counter", "Connections closed, by reason.", byReason(metrics.disconnects));
  family("storage_errors_total", "counter", "Storage operations that failed.", [[{}, metrics.storageErrors]]);
  family("cold_syncs_total", "counter", "Peers with nothing of a document answered by the relay itself, by where the answer came from.", byLabel("from", metrics.coldSyncs));
  return `${lines.join("\n")}\n`;
}

function renderLabels(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return "";
  return `{${entries.map(([k, v]) => `${k}="${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`).join(",")}}`;
}

function formatValue(value: number): string {
  return Number.isFinite(value) ? String(value) : value > 0 ? "+Inf" : value < 0 ? "-Inf" : "NaN";
}
