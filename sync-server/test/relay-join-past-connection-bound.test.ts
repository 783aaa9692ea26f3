import { randomBytes } from "node:crypto";
import { Repo, type AutomergeUrl, type PeerId } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import { describe, expect, it } from "vitest";
import { connectPeer } from "./helpers/connect-peer.js";
import { startTestRelay, type TestRelay } from "./helpers/start-test-relay.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";

const KiB = 1024;

interface Record {
  /** Random bytes: one operation, stored and inflated at about their length. */
  readonly data: Uint8Array;
  note?: string;
}

/** A relay whose store holds `count` documents of `size` random bytes each, and their contents. */
async function storeOrganisation(count: number, size: number): Promise<{ root: string; urls: AutomergeUrl[]; contents: Uint8Array[] }> {
  const seeding = await startTestRelay();
  const alice = await connectPeer("alice-seeds", seeding.clientUrl);
  const urls: AutomergeUrl[] = [];
  const contents: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const data = new Uint8Array(randomBytes(size));
    const handle = alice.repo.create<Record>({ data });
    await waitForRelayHeads(seeding.relay.repo, handle.documentId, handle.heads());
    urls.push(handle.url);
    contents.push(data);
  }
  await alice.close();
  await seeding.relay.close(); // writes every document to the store; the folder stays
  return { root: seeding.root, urls, contents };
}

function cutOffs(test: TestRelay, reason: string) {
  return test.log.entries.filter((e) => e.event === "peer-cut-off" && e.reason === reason);
}

/**
 * A member joining an organisation whose documents inflate to more than one connection may make
 * the relay hold (W3.9, `maxInflatedBytesPerConnection`), at a small scale: 16 documents of
 * 40 KiB each (640 KiB inflated) against a bound of 256 KiB, where a 100,000-voter
 * organisation is 106.5 MiB against 128 MiB. The member's Repo runs what the app runs: the stock
 * WebSocket client adapter, which reconnects after its retry interval (the app's RelayConnection
 * waits 5 s, this test 300 ms), and `find` taking "unavailable" as an answer, as the app's
 * FollowedDocument does.
 */
describe("a member joining an organisation larger than one connection's bound (W3.9)", () => {
  it("[W3.9] gets every document, is cut off with too-much-data once the relay loads them for it, reconnects and finishes: documents already in the relay's memory are not charged again", async () => {
    const organisation = await storeOrganisation(16, 40 * KiB);
    const test = await startTestRelay({
      root: organisation.root,
      limits: {
        maxDocumentBytes: 128 * KiB,
        maxInflatedBytes: 128 * KiB,
        maxInflatedBytesPerConnection: 256 * KiB,
        maxInflatedBytesInMemory: 4096 * KiB,
      },
    });
    const adapter = new WebSocketClientAdapter(test.clientUrl, 300);
    const member = new Repo({ network: [adapter], peerId: "member-joining" as PeerId });
    try {
      let disconnects = 0;
      adapter.on("peer-disconnected", () => disconnects++);
      const handles = await Promise.all(
        organisation.urls.map((url) => member.find<Record>(url, { allowableStates: ["ready", "unavailable"] })),
      );
      await Promise.all(handles.map((handle) => handle.whenReady()));
      expect(handles.map((handle) => handle.doc().data)).toEqual(organisation.contents);

      // The relay ends up holding every document, in sync with the member.
      for (const handle of handles) await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());

      // Getting there passed the bound: 640 KiB against 256 KiB takes at least three connections,
      // each but the last cut off. Each reconnection made progress (a connection charged again
      // for what earlier ones loaded would be cut off forever, and this test would time out).
      const cut = cutOffs(test, "too-much-data");
      expect(cut.length).toBeGreaterThanOrEqual(2);
      expect(cut.every((entry) => entry.code === 4009)).toBe(true);
      const joins = test.log.entries.filter((e) => e.event === "peer-joined").length;
      expect(joins).toBe(cut.length + 1);
      expect(disconnects).toBe(cut.length);
      expect(cutOffs(test, "relay-full")).toEqual([]);

      // The member's connection that finished stays up, and a change of the member's reaches the relay.
      handles[0]!.change((d) => {
        d.note = "joined";
      });
      await waitForRelayHeads(test.relay.repo, handles[0]!.documentId, handles[0]!.heads());
      expect(disconnects).toBe(cut.length);
    } finally {
      await member.shutdown();
      await test.stop();
    }
  });
});
