import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPeer } from "./helpers/connect-peer.js";
import { forkChild, type ForkedChild } from "./helpers/fork-child.js";
import { bombSyncData, throwBomb } from "./helpers/compression-bomb.js";
import { rawClient } from "./helpers/raw-client.js";
import { startTestRelay } from "./helpers/start-test-relay.js";
import { tempDir } from "./helpers/temp-dir.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";

const relayScript = fileURLToPath(new URL("./fixtures/memory-relay.mjs", import.meta.url));
const builtRelay = fileURLToPath(new URL("../dist/relay.js", import.meta.url));
const MiB = 1024 * 1024;

interface MemoryReply {
  readonly type: "memory";
  readonly memory: NodeJS.MemoryUsage;
}

describe("a compression bomb", () => {
  let dir: { path: string; remove: () => Promise<void> };
  let relay: ForkedChild;
  let url: string;
  let relayId: string;
  beforeAll(async () => {
    expect(existsSync(builtRelay), "build sync-server first: npx tsc -b sync-server").toBe(true);
    dir = await tempDir("bomb");
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

  it("[W3.4] documents whose one value is 120 MiB of zeros (122 KB on the wire), each to a fresh id, cut their sender off before anything inflates them; the relay stays small and serves an honest client", async () => {
    const bomb = bombSyncData(120 * MiB);
    expect(bomb.length).toBeLessThan(200_000);
    const before = await relay.ask<MemoryReply>("memory", "memory");
    for (let i = 0; i < 30; i++) {
      const mallory = rawClient(url);
      await mallory.join(`mallory-bomb-${i}`);
      expect(await throwBomb(mallory, `mallory-bomb-${i}`, relayId, bomb), `bomb ${i}`).toEqual({ code: 4006, reason: "document-too-large" });
    }
    const after = await relay.ask<MemoryReply>("memory", "memory");
    expect(after.memory.rss - before.memory.rss, "resident memory grew").toBeLessThan(256 * MiB);

    const alice = await connectPeer("alice-after-bombs", url);
    const bob = await connectPeer("bob-after-bombs", url);
    try {
      const handle = alice.repo.create({ agenda: "still here" });
      // bob may ask before alice's upload arrived: the relay then offers it once it does (W3.8).
      const found = await bob.repo.find<{ agenda: string }>(handle.url, { allowableStates: ["ready", "unavailable"] });
      await found.whenReady();
      expect(found.doc().agenda).toBe("still here");
    } finally {
      await alice.close();
      await bob.close();
    }
  }, 120_000);
});

describe("what a connection and the whole relay may hold in memory", () => {
  it("[W3.9] a connection is cut off once it made the relay hold its bound, a sender once the relay would pass its own after unloading idle documents, and everyone else is served on", async () => {
    const test = await startTestRelay({
      limits: { maxInflatedBytes: 1 * MiB, maxInflatedBytesPerConnection: 2.5 * MiB, maxInflatedBytesInMemory: 4 * MiB },
    });
    const relayId = test.relay.peerId;
    const bomb = bombSyncData(0.9 * MiB);
    const connect = async (name: string) => {
      const client = rawClient(test.clientUrl);
      await client.join(name);
      return client;
    };
    try {
      // One connection: two bombs fit its 2.5 MiB, the third does not.
      const first = await connect("mallory-first");
      for (let i = 0; i < 2; i++) expect(await throwBomb(first, "mallory-first", relayId, bomb)).toEqual({ type: "doc-unavailable" });
      expect(await throwBomb(first, "mallory-first", relayId, bomb)).toEqual({ code: 4009, reason: "too-much-data" });

      // Two more connections that stay: the relay reaches 3.6 MiB, then makes room for each
      // further bomb by unloading one of the first connection's documents, which nobody syncs now.
      const second = await connect("mallory-second");
      const third = await connect("mallory-third");
      const unloaded = () => test.log.entries.filter((e) => e.event === "document-unloaded").length;
      for (let i = 0; i < 2; i++) expect(await throwBomb(second, "mallory-second", relayId, bomb)).toEqual({ type: "doc-unavailable" });
      expect(unloaded()).toBe(0);
      for (let i = 1; i <= 2; i++) {
        expect(await throwBomb(third, "mallory-third", relayId, bomb)).toEqual({ type: "doc-unavailable" });
        expect(unloaded()).toBe(i);
      }

      // Now every document in memory is synced by a connected peer: nothing can go.
      const fourth = await connect("mallory-fourth");
      expect(await throwBomb(fourth, "mallory-fourth", relayId, bomb)).toEqual({ code: 4010, reason: "relay-full" });

      const alice = await connectPeer("alice-beside-bombs", test.clientUrl);
      const bob = await connectPeer("bob-beside-bombs", test.clientUrl);
      const handle = alice.repo.create({ agenda: "still served" });
      await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());
      expect((await bob.repo.find<{ agenda: string }>(handle.url)).doc().agenda).toBe("still served");
      await alice.close();
      await bob.close();
      for (const client of [second, third]) client.socket.close();
    } finally {
      await test.stop();
    }
  });
});
