import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as Automerge from "@automerge/automerge";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forkChild, type ForkedChild } from "./helpers/fork-child.js";
import { rawClient } from "./helpers/raw-client.js";
import { tempDir } from "./helpers/temp-dir.js";

const relayScript = fileURLToPath(new URL("./fixtures/memory-relay.mjs", import.meta.url));
const builtRelay = fileURLToPath(new URL("../dist/relay.js", import.meta.url));
const MiB = 1024 * 1024;

interface MemoryReply {
  readonly type: "memory";
  readonly memory: NodeJS.MemoryUsage;
  readonly handles: number;
}

const newDocumentId = () => parseAutomergeUrl(generateAutomergeUrl()).documentId;
const emptySyncData = () => Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;

/** One connection asking for `count` documents nobody has, until each is answered; then it leaves. */
async function askForUnknownDocuments(url: string, relayId: string, name: string, count: number): Promise<void> {
  const client = rawClient(url);
  await client.join(name);
  const data = emptySyncData();
  for (let i = 0; i < count; i++) client.send({ type: "request", senderId: name, targetId: relayId, documentId: newDocumentId(), data });
  await client.receiveCount("doc-unavailable", count);
  client.socket.close();
  await client.closed;
}

describe("memory for documents nobody has", () => {
  let dir: { path: string; remove: () => Promise<void> };
  let relay: ForkedChild;
  let url: string;
  let relayId: string;
  beforeAll(async () => {
    expect(existsSync(builtRelay), "build sync-server first: npx tsc -b sync-server").toBe(true);
    dir = await tempDir("memory");
    relay = forkChild(relayScript, [dir.path], ["--expose-gc"]);
    const ready = await relay.next<{ type: "ready"; url: string; peerId: string }>("ready");
    url = ready.url;
    relayId = ready.peerId;
  });
  afterAll(async () => {
    const exited = new Promise((resolve) => relay.child.once("exit", resolve));
    relay.child.send("close");
    await exited;
    await dir.remove();
  });

  it("[W3.8] 3,000 requests for unknown documents over 15 reconnecting connections leave the relay's memory where it started once answered and the peers left", async () => {
    await askForUnknownDocuments(url, relayId, "warm-up", 200);
    const before = await relay.ask<MemoryReply>("memory", "memory");
    for (let wave = 0; wave < 4; wave++) {
      await Promise.all(Array.from({ length: 15 }, (_, i) => askForUnknownDocuments(url, relayId, `mallory-${wave}-${i}`, 50)));
    }
    const after = await relay.ask<MemoryReply>("memory", "memory");
    const grown = after.memory.heapUsed + after.memory.external - (before.memory.heapUsed + before.memory.external);
    expect(grown, `grew by ${(grown / MiB).toFixed(1)} MiB`).toBeLessThan(16 * MiB);
    expect(after.handles).toBe(before.handles);
  }, 120_000);
});
