import * as Automerge from "@automerge/automerge";
import { generateAutomergeUrl, parseAutomergeUrl, Repo, type PeerId } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import { describe, expect, it, vi } from "vitest";
import { connectPeer } from "./helpers/connect-peer.js";
import { rawClient } from "./helpers/raw-client.js";
import { startTestRelay } from "./helpers/start-test-relay.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";

const MIRROR_TOKEN = "mirror-secret-789";
const emptySyncData = () => Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;

describe("documents the relay does not hold", () => {
  it("[W3.8] a peer told the relay lacks a document receives it once another peer brings it", async () => {
    const test = await startTestRelay();
    try {
      // bob writes the document offline, so alice can ask for it before the relay has it.
      const bob = new Repo({ peerId: "bob-late" as PeerId });
      const written = bob.create({ agenda: "budget, then housing" });
      const alice = await connectPeer("alice-early", test.clientUrl);
      const waiting = await alice.repo.find<{ agenda: string }>(written.url, { allowableStates: ["ready", "unavailable"] });
      expect(waiting.isUnavailable()).toBe(true);
      expect(test.relay.repo.handles[written.documentId]).toBeUndefined();

      bob.networkSubsystem.addNetworkAdapter(new WebSocketClientAdapter(test.clientUrl, 60_000));
      await waiting.whenReady();
      expect(waiting.doc().agenda).toBe("budget, then housing");
      await alice.close();
      await bob.shutdown();
    } finally {
      await test.stop();
    }
  });

  it("[W3.8] what the Repo kept for a document a peer offered but never sent is dropped once that peer leaves", async () => {
    const test = await startTestRelay();
    try {
      const documentId = parseAutomergeUrl(generateAutomergeUrl()).documentId;
      const mallory = rawClient(test.clientUrl);
      await mallory.join("mallory-offers");
      const offer = Automerge.encodeSyncMessage({ heads: ["ab".repeat(32)], need: [], have: [], changes: [] });
      mallory.send({ type: "sync", senderId: "mallory-offers", targetId: test.relay.peerId, documentId, data: offer });
      await mallory.receive("sync"); // the relay asks for the changes behind those heads
      expect(test.relay.repo.handles[documentId]).toBeDefined();
      mallory.socket.close();
      await vi.waitFor(() => expect(test.relay.repo.handles[documentId]).toBeUndefined());
    } finally {
      await test.stop();
    }
  });

  it("[W3.8] with a mirror link up, a request goes through the relay's Repo to the mirror, and what the Repo kept for it is dropped once answered", async () => {
    const city = await startTestRelay({ mirrorToken: MIRROR_TOKEN });
    const neighbourhood = await startTestRelay({ peerId: "relay-hood", peers: [`${city.relay.url}?token=${MIRROR_TOKEN}`] });
    await city.log.waitFor((e) => e.event === "peer-joined" && e.peer === "relay-hood");
    try {
      const documentId = parseAutomergeUrl(generateAutomergeUrl()).documentId;
      const carol = rawClient(city.clientUrl);
      await carol.join("carol-asks");
      carol.send({ type: "request", senderId: "carol-asks", targetId: city.relay.peerId, documentId, data: emptySyncData() });
      await carol.receive("doc-unavailable");
      // The neighbourhood relay was asked (the city's Repo asked its mirror) and holds nothing either.
      expect(neighbourhood.relay.repo.handles[documentId]).toBeUndefined();
      await vi.waitFor(() => expect(city.relay.repo.handles[documentId]).toBeUndefined());

      // The document then appears at the neighbourhood relay: the city relay gets it over the
      // link and offers it to carol, who asked.
      const dave = await connectPeer("dave-brings", neighbourhood.clientUrl);
      const handle = dave.repo.import(Automerge.save(Automerge.from({ minutes: "approved" })), { docId: documentId });
      await waitForRelayHeads(city.relay.repo, documentId, handle.heads());
      await carol.receive("sync");
      carol.socket.close();
      await dave.close();
    } finally {
      await neighbourhood.stop();
      await city.stop();
    }
  });
});
