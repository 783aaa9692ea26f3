import { generateAutomergeUrl } from "@automerge/automerge-repo";
import { describe, expect, it } from "vitest";
import { connectPeer } from "./helpers/connect-peer.js";
import { startTestRelay } from "./helpers/start-test-relay.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";
import { untilDoc } from "./helpers/until-doc.js";

interface Agenda {
  title: string;
  items: string[];
}


describe("syncing through the relay", () => {
  it("[W1.3] alice and bob sync a document through the relay, and carol receives it cold from a restarted relay", async () => {
    const first = await startTestRelay();
    const alice = await connectPeer("alice", first.clientUrl);
    const bob = await connectPeer("bob", first.clientUrl);

    const aliceHandle = alice.repo.create<Agenda>({ title: "Assembly", items: ["budget"] });
    await waitForRelayHeads(first.relay.repo, aliceHandle.documentId, aliceHandle.heads());
    const bobHandle = await bob.repo.find<Agenda>(aliceHandle.url);
    expect(bobHandle.doc()).toEqual({ title: "Assembly", items: ["budget"] });

    bobHandle.change((doc) => doc.items.push("housing"));
    await untilDoc(aliceHandle, (doc) => doc.items.length === 2);
    expect(aliceHandle.doc().items).toEqual(["budget", "housing"]);
    await waitForRelayHeads(first.relay.repo, aliceHandle.documentId, aliceHandle.heads());

    await alice.close();
    await bob.close();
    await first.relay.close(); // flushes to the data folder

    const second = await startTestRelay({ root: first.root });
    try {
      const carol = await connectPeer("carol", second.clientUrl);
      const carolHandle = await carol.repo.find<Agenda>(aliceHandle.url);
      expect(carolHandle.doc()).toEqual({ title: "Assembly", items: ["budget", "housing"] });
      await carol.close();
    } finally {
      await second.stop();
    }
  });

  it("[W1.3] the relay announces nothing: a client learns only of documents it asks for by id", async () => {
    const test = await startTestRelay();
    try {
      const alice = await connectPeer("alice", test.clientUrl);
      const secret = alice.repo.create<Agenda>({ title: "Private", items: [] });
      await waitForRelayHeads(test.relay.repo, secret.documentId, secret.heads());
      const bob = await connectPeer("bob", test.clientUrl);
      const asked = alice.repo.create<Agenda>({ title: "Shared", items: [] });
      await waitForRelayHeads(test.relay.repo, asked.documentId, asked.heads());
      await bob.repo.find(asked.url);
      expect(Object.keys(bob.repo.handles)).toEqual([asked.documentId]);
      await alice.close();
      await bob.close();
    } finally {
      await test.stop();
    }
  });

  it("[W5.5] closing the relay resolves even after carol asked for a document nobody has", async () => {
    const test = await startTestRelay();
    const carol = await connectPeer("carol", test.clientUrl);
    const unknown = generateAutomergeUrl();
    await expect(carol.repo.find(unknown)).rejects.toThrow(/unavailable/);
    await carol.close();
    await expect(test.stop()).resolves.toBeUndefined();
  });
});
