/**
 * The project's relay (@chapterhouse/sync-server) for tests: on a free loopback port, with a
 * fresh data folder removed on close, logging nothing. What a test observes of it comes from
 * its own metrics endpoint, as an operator would see it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocumentId } from "@automerge/automerge-repo";
import { silentLogger, startRelay as startSyncServer, type RelayOptions } from "@chapterhouse/sync-server";

/** A running test relay. */
export interface TestRelay {
  /** `ws://127.0.0.1:port/` */
  readonly url: string;
  readonly port: number;
  /** WebSocket connections open now. */
  openConnections(): Promise<number>;
  /** WebSocket connections that have closed since the start. */
  closedConnections(): Promise<number>;
  /** Messages received from clients since the start. */
  messagesReceived(): Promise<number>;
  /** The relay's copy of a document, or undefined if it holds none. */
  documentValue(documentId: DocumentId): Record<string, unknown> | undefined;
  /** Stops the relay (every socket closed) and deletes its data folder. */
  close(): Promise<void>;
}

function sample(metrics: string, name: string): number {
  const line = metrics.split("\n").find((l) => l.startsWith(`chapterhouse_relay_${name} `));
  if (line === undefined) throw new Error(`the relay's metrics have no ${name}`);
  return Number(line.slice(line.lastIndexOf(" ") + 1));
}

/** Starts a relay on 127.0.0.1 on a free port. Rejects if it cannot start. */
export async function startRelay(options: Partial<RelayOptions> = {}): Promise<TestRelay> {
  const dataDir = await mkdtemp(join(tmpdir(), "chapterhouse-test-relay-"));
  const relay = await startSyncServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    logger: silentLogger,
    ...options,
  });
  const metrics = async (): Promise<string> => {
    const response = await fetch(`http://127.0.0.1:${relay.port}/metrics`);
    if (!response.ok) throw new Error(`the relay's metrics answered ${response.status}`);
    return response.text();
  };
  return {
    url: relay.url,
    port: relay.port,
    openConnections: async () => sample(await metrics(), "connections"),
    closedConnections: async () => {
      const text = await metrics();
      return sample(text, "connections_total") - sample(text, "connections");
    },
    messagesReceived: async () => sample(await metrics(), "messages_received_total"),
    documentValue(documentId) {
      const handle = relay.repo.handles[documentId];
      if (handle === undefined || !handle.isReady()) return undefined;
      return JSON.parse(JSON.stringify(handle.doc())) as Record<string, unknown>;
    },
    async close() {
      await relay.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
