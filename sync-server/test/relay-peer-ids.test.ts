import type { DocHandleEphemeralMessagePayload } from "@automerge/automerge-repo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPeer } from "./helpers/connect-peer.js";
import { rawClient } from "./helpers/raw-client.js";
import { startTestRelay, type TestRelay } from "./helpers/start-test-relay.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";

describe("peer ids: a member is never locked out by a connection claiming its id", () => {
  let test: TestRelay;
  beforeAll(async () => {
    test = await startTestRelay();
  });
  afterAll(async () => {
    await test.stop();
  });

  it("[W1.7] presence reaches other members under an id the relay gave the sender, never the id the sender chose", async () => {
    const alice = await connectPeer("alice-presence", test.clientUrl);
    const bob = await connectPeer("bob-presence", test.clientUrl);
    try {
      const aliceHandle = alice.repo.create({ topic: "kitchen rota" });
      await waitForRelayHeads(test.relay.repo, aliceHandle.documentId, aliceHandle.heads());
      const bobHandle = await bob.repo.find(aliceHandle.url);
      const received = new Promise<DocHandleEphemeralMessagePayload<unknown>>((resolve) => bobHandle.once("ephemeral-message", resolve));
      aliceHandle.broadcast({ cursor: 7 });
      const message = await received;
      expect(message.message).toEqual({ cursor: 7 });
      expect(message.senderId).not.toBe("alice-presence");
      expect(message.senderId).not.toBe(test.relay.peerId);
    } finally {
      await alice.close();
      await bob.close();
    }
  });

  it("[W1.7] a member whose connection dropped joins again under its own id while another connection holds that id, and syncs", async () => {
    const first = rawClient(test.clientUrl);
    await first.join("alice-member");
    first.socket.close();
    await test.log.waitFor((e) => e.event === "peer-left" && e.peer === "alice-member");

    // mallory learned alice's id and joins with it first, and stays.
    const mallory = rawClient(test.clientUrl);
    expect((await mallory.join("alice-member")).type).toBe("peer");

    // alice's reconnect is answered, not refused (4003 before).
    const again = rawClient(test.clientUrl);
    const answer = await Promise.race([again.join("alice-member"), again.closed]);
    expect(answer).toMatchObject({ type: "peer", targetId: "alice-member" });
    again.socket.close();

    const alice = await connectPeer("alice-member", test.clientUrl);
    const bob = await connectPeer("bob-member", test.clientUrl);
    try {
      const handle = alice.repo.create({ minutes: "approved" });
      await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());
      const found = await bob.repo.find<{ minutes: string }>(handle.url);
      expect(found.doc().minutes).toBe("approved");
      // Nothing of alice's document went to mallory, who asked for nothing.
      expect(mallory.received.filter((m) => m.documentId === handle.documentId)).toEqual([]);
      expect(mallory.socket.readyState).toBe(mallory.socket.OPEN);
    } finally {
      await alice.close();
      await bob.close();
      mallory.socket.close();
    }
  });
});
