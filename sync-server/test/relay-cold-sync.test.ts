import * as Automerge from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { CrashSafeStorageAdapter } from "../src/crash-safe-storage-adapter.js";
import { readStoredChunks } from "../src/stored-document.js";
import { connectPeer } from "./helpers/connect-peer.js";
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
});
