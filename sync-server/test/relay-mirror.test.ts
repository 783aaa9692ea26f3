import * as Automerge from "@automerge/automerge";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { describe, expect, it } from "vitest";
import { connectPeer } from "./helpers/connect-peer.js";
import { rawClient } from "./helpers/raw-client.js";
import { startRelay } from "../src/relay.js";
import { startTestRelay } from "./helpers/start-test-relay.js";
import { tempDir } from "./helpers/temp-dir.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";

const MIRROR_TOKEN = "mirror-secret-456";

describe("mirror links between relays", () => {
  it("[W7.3] a document stored before the mirror link existed reaches the mirror, and changes then flow both ways", async () => {
    const city = await startTestRelay({ mirrorToken: MIRROR_TOKEN });
    const firstRun = await startTestRelay({ peerId: "relay-neighbourhood" });
    const alice = await connectPeer("alice", firstRun.clientUrl);
    const handle = alice.repo.create({ decision: "repaint the hall" });
    await waitForRelayHeads(firstRun.relay.repo, handle.documentId, handle.heads());
    await alice.close();
    await firstRun.relay.close();

    // Restarted with a link to the city relay: the start-up walk sends what it stored meanwhile.
    const neighbourhood = await startTestRelay({
      root: firstRun.root,
      peerId: "relay-neighbourhood",
      peers: [`${city.relay.url}?token=${MIRROR_TOKEN}`],
    });
    try {
      await waitForRelayHeads(city.relay.repo, handle.documentId, handle.heads());
      const linked = await city.log.waitFor((e) => e.event === "peer-joined" && e.peer === "relay-neighbourhood");
      expect(linked.mirror).toBe(true);

      const bob = await connectPeer("bob", city.clientUrl);
      const bobHandle = await bob.repo.find<{ decision: string; votes?: number }>(handle.url);
      expect(bobHandle.doc().decision).toBe("repaint the hall");
      bobHandle.change((doc) => (doc.votes = 12));
      await waitForRelayHeads(neighbourhood.relay.repo, handle.documentId, bobHandle.heads());

      const carol = await connectPeer("carol", neighbourhood.clientUrl);
      const carolHandle = await carol.repo.find<{ decision: string; votes?: number }>(handle.url);
      expect(carolHandle.doc()).toEqual({ decision: "repaint the hall", votes: 12 });
      await bob.close();
      await carol.close();
    } finally {
      await neighbourhood.stop();
      await city.stop();
    }
  });

  it("[W7.1] a relay refuses to start with a mirror token equal to its client token", async () => {
    const dir = await tempDir("same-token");
    try {
      await expect(startRelay({ port: 0, dataDir: dir.path, token: "t", mirrorToken: "t", logger: () => undefined })).rejects.toThrow(/differ/);
    } finally {
      await dir.remove();
    }
  });

  it("[W7.1] a client claiming a mirror's peer id is still a client: the relay announces it nothing", async () => {
    const city = await startTestRelay({ mirrorToken: MIRROR_TOKEN });
    const neighbourhood = await startTestRelay({ peerId: "relay-neighbourhood", peers: [`${city.relay.url}?token=${MIRROR_TOKEN}`] });
    await city.log.waitFor((e) => e.event === "peer-joined" && e.peer === "relay-neighbourhood");
    await neighbourhood.stop();
    await city.log.waitFor((e) => e.event === "peer-left" && e.peer === "relay-neighbourhood");
    try {
      const alice = await connectPeer("alice", city.clientUrl);
      const secret = alice.repo.create({ agenda: "confidential" });
      await waitForRelayHeads(city.relay.repo, secret.documentId, secret.heads());

      const impostor = rawClient(city.clientUrl);
      await impostor.join("relay-neighbourhood");
      const unknown = parseAutomergeUrl(generateAutomergeUrl()).documentId;
      const data = Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;
      impostor.send({ type: "request", senderId: "relay-neighbourhood", targetId: city.relay.peerId, documentId: unknown, data });
      await impostor.receive("doc-unavailable");
      expect(impostor.received.filter((m) => m.documentId === secret.documentId)).toEqual([]);
      impostor.socket.close();
      await alice.close();
    } finally {
      await city.stop();
    }
  });
});

describe("idle eviction", () => {
  it("[W3.7] a document idle past idleDocumentMs that no client syncs is written out and unloaded, and loads again on demand", async () => {
    const test = await startTestRelay({ limits: { idleDocumentMs: 300 } });
    try {
      const alice = await connectPeer("alice", test.clientUrl);
      const bob = await connectPeer("bob", test.clientUrl);
      const left = alice.repo.create({ topic: "left behind" });
      const kept = bob.repo.create({ topic: "still open" });
      await waitForRelayHeads(test.relay.repo, left.documentId, left.heads());
      await waitForRelayHeads(test.relay.repo, kept.documentId, kept.heads());
      await alice.close();

      await test.log.waitFor((e) => e.event === "document-unloaded" && e.documentId === left.documentId);
      expect(test.relay.repo.handles[left.documentId]).toBeUndefined();
      expect(test.relay.repo.handles[kept.documentId]?.isReady()).toBe(true);

      const carol = await connectPeer("carol", test.clientUrl);
      const found = await carol.repo.find<{ topic: string }>(left.url);
      expect(found.doc().topic).toBe("left behind");
      await carol.close();
      await bob.close();
    } finally {
      await test.stop();
    }
  });
});
