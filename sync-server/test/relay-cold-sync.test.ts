import { randomBytes } from "node:crypto";
import * as Automerge from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { CrashSafeStorageAdapter } from "../src/crash-safe-storage-adapter.js";
import { readStoredChunks } from "../src/stored-document.js";
import { connectPeer } from "./helpers/connect-peer.js";
import { httpRequest } from "./helpers/http-get.js";
import { rawClient } from "./helpers/raw-client.js";
import { startTestRelay } from "./helpers/start-test-relay.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";
import { untilDoc } from "./helpers/until-doc.js";

interface Minutes {
  lines: string[];
}


describe("a cold sync answered from the relay's store", () => {
  it("[W1.8] a peer that has nothing gets the stored chunks and their heads in one sync message, without the relay loading the document", async () => {
    const first = await startTestRelay();
    const alice = await connectPeer("alice-stores", first.clientUrl);
    const handle = alice.repo.create<Minutes>({ lines: ["opened at seven"] });
    handle.change((d) => d.lines.push("budget adopted"));
    await waitForRelayHeads(first.relay.repo, handle.documentId, handle.heads());
    await alice.close();
    await first.relay.close();

    const second = await startTestRelay({ root: first.root });
    try {
      const stored = (await readStoredChunks(await CrashSafeStorageAdapter.open(`${first.root}/data`), handle.documentId)).map((c) => c.data);
      const carol = rawClient(second.clientUrl);
      await carol.join("carol-cold");
      const ask = Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;
      carol.send({ type: "request", senderId: "carol-cold", targetId: second.relay.peerId, documentId: handle.documentId, data: ask });
      const reply = await carol.receive("sync");
      const message = Automerge.decodeSyncMessage(reply.data as Uint8Array);
      expect(message.changes).toEqual(stored);
      const [received] = Automerge.receiveSyncMessage(Automerge.init<Minutes>(), Automerge.initSyncState(), reply.data as Uint8Array);
      expect(received.lines).toEqual(["opened at seven", "budget adopted"]);
      expect(message.heads).toEqual(Automerge.getHeads(received));
      // The request never reached the relay's Repo: nothing was loaded for it.
      expect(second.relay.repo.handles[handle.documentId]).toBeUndefined();
      carol.socket.close();
    } finally {
      await second.stop();
    }
  });

  it("[W1.8] after a cold sync from the store, changes flow both ways between the newcomer and the others", async () => {
    const test = await startTestRelay();
    try {
      const alice = await connectPeer("alice-live", test.clientUrl);
      const aliceHandle = alice.repo.create<Minutes>({ lines: ["opened"] });
      await waitForRelayHeads(test.relay.repo, aliceHandle.documentId, aliceHandle.heads());
      const carol = await connectPeer("carol-live", test.clientUrl);
      const carolHandle = await carol.repo.find<Minutes>(aliceHandle.url);
      expect(carolHandle.doc().lines).toEqual(["opened"]);

      aliceHandle.change((d) => d.lines.push("from alice"));
      await untilDoc(carolHandle, (d) => d.lines.includes("from alice"));
      carolHandle.change((d) => d.lines.push("from carol"));
      await untilDoc(aliceHandle, (d) => d.lines.includes("from carol"));
      expect(aliceHandle.doc().lines).toEqual(carolHandle.doc().lines);
      await alice.close();
      await carol.close();
    } finally {
      await test.stop();
    }
  });

  it("[W1.8] the next peer with nothing gets the same answer kept in memory, until the document changes", async () => {
    const test = await startTestRelay();
    try {
      const alice = await connectPeer("alice-keeps", test.clientUrl);
      const handle = alice.repo.create<Minutes>({ lines: ["opened at seven"] });
      await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());
      const coldSyncs = async (from: string) =>
        Number(new RegExp(`_cold_syncs_total\\{from="${from}"\\} (\\d+)`).exec((await httpRequest(test.relay.port, "/metrics")).body)?.[1] ?? 0);
      const ask = async (peerId: string) => {
        const peer = rawClient(test.clientUrl);
        await peer.join(peerId);
        const request = Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;
        peer.send({ type: "request", senderId: peerId, targetId: test.relay.peerId, documentId: handle.documentId, data: request });
        const reply = await peer.receive("sync");
        peer.socket.close();
        return reply.data as Uint8Array;
      };

      const first = await ask("carol-first");
      expect([await coldSyncs("store"), await coldSyncs("memory")]).toEqual([1, 0]);
      const second = await ask("dave-second");
      expect(second).toEqual(first);
      expect([await coldSyncs("store"), await coldSyncs("memory")]).toEqual([1, 1]);

      // A change is saved: the kept answer ends with it, and the next peer gets the document as it is now.
      handle.change((d) => d.lines.push("budget adopted"));
      await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());
      const third = await ask("erin-third");
      const [received] = Automerge.receiveSyncMessage(Automerge.init<Minutes>(), Automerge.initSyncState(), third);
      expect(received.lines).toEqual(["opened at seven", "budget adopted"]);
      expect(Automerge.decodeSyncMessage(third).heads).toEqual([...Automerge.getHeads(handle.doc())].sort());
      expect([await coldSyncs("store"), await coldSyncs("memory")]).toEqual([2, 1]);
      await alice.close();
    } finally {
      await test.stop();
    }
  });

  it("[W3.9] a kept answer counts in the relay's memory, and is dropped before any document when the relay needs room", async () => {
    const KiB = 1024;
    const test = await startTestRelay({
      limits: { maxDocumentBytes: 200 * KiB, maxInflatedBytes: 200 * KiB, maxInflatedBytesPerConnection: 400 * KiB, maxInflatedBytesInMemory: 400 * KiB },
    });
    try {
      const coldSyncs = async (from: string) =>
        Number(new RegExp(`_cold_syncs_total\\{from="${from}"\\} (\\d+)`).exec((await httpRequest(test.relay.port, "/metrics")).body)?.[1] ?? 0);
      // Two documents of 150 KiB of bytes that do not compress: both fit in memory, not with a kept answer of the first.
      const alice = await connectPeer("alice-room", test.clientUrl);
      const first = alice.repo.create({ blob: new Uint8Array(randomBytes(150 * KiB)) });
      await waitForRelayHeads(test.relay.repo, first.documentId, first.heads());
      for (const peerId of ["carol-room", "dave-room"]) {
        const peer = rawClient(test.clientUrl);
        await peer.join(peerId);
        const request = Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;
        peer.send({ type: "request", senderId: peerId, targetId: test.relay.peerId, documentId: first.documentId, data: request });
        await peer.receive("sync");
        peer.socket.close();
      }
      expect([await coldSyncs("store"), await coldSyncs("memory")]).toEqual([1, 1]);

      // Alice still syncs the first document, so it can't be unloaded: only dropping the kept answer makes room.
      const bob = await connectPeer("bob-room", test.clientUrl);
      const second = bob.repo.create({ blob: new Uint8Array(randomBytes(150 * KiB)) });
      const outcome = await Promise.race([
        waitForRelayHeads(test.relay.repo, second.documentId, second.heads()).then(() => "held"),
        new Promise((resolve) => setTimeout(() => resolve("not held after 5 s"), 5000)),
      ]);
      expect(outcome).toBe("held");
      expect(test.log.entries.filter((entry) => entry.event === "peer-cut-off")).toEqual([]);
      expect(test.log.entries.filter((entry) => entry.event === "document-unloaded")).toEqual([]);
      await alice.close();
      await bob.close();
    } finally {
      await test.stop();
    }
  });
});
