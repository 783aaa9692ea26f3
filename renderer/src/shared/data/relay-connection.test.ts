import * as A from "@automerge/automerge";
import { Repo, type DocHandle, type DocumentId, type PeerId } from "@automerge/automerge-repo";
import { afterEach, describe, expect, it } from "vitest";
import { startRelay, type TestRelay } from "../../../test/helpers/start-relay.js";
import { waitFor } from "../../../test/helpers/wait-for.js";
import { RelayConnection } from "./relay-connection.js";
import type { RelayUrl } from "./relay-url.js";

type Box = { ballots: Record<string, A.ImmutableString>; note?: string };

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A device with no storage whose one relay connection takes whole documents (W9.1), or not. */
function device(relay: TestRelay, name: string, { takesWholeDocuments }: { takesWholeDocuments: boolean }) {
  // Wired as the RelayManager wires it: the connection looks handles up in the device's Repo.
  const repo = new Repo({ network: [], peerId: name as PeerId });
  const handleOf = takesWholeDocuments ? (id: DocumentId) => repo.handles[id] : undefined;
  const connection = new RelayConnection(relay.url as RelayUrl, "relay", 60_000, handleOf);
  repo.networkSubsystem.addNetworkAdapter(connection);
  // The size of every frame the relay sends this device.
  const frames: number[] = [];
  const connected = new Promise<void>((resolve) => connection.once("peer-candidate", () => resolve()));
  connected.then(
    () =>
      connection.socket?.addEventListener("message", (event) =>
        frames.push((event.data as Uint8Array).byteLength),
      ),
    () => undefined,
  );
  // The size of the sync data of every message the Repo itself received from the network.
  const repoReceived: number[] = [];
  repo.networkSubsystem.on("message", (message) => {
    if (message.type === "sync" || message.type === "request") repoReceived.push(message.data.byteLength);
  });
  cleanups.push(() => repo.shutdown());
  return { repo, connected, frames, repoReceived };
}

/** A ballot box of `count` ballots in 5 changes, brought to the relay by alice (a stock client). */
async function boxOnRelay(
  relay: TestRelay,
  count: number,
): Promise<{ handle: DocHandle<Box>; savedBytes: number }> {
  const alice = device(relay, "alice", { takesWholeDocuments: false });
  await alice.connected;
  let doc = A.from<Box>({ ballots: {} });
  for (let from = 0; from < count; from += count / 5) {
    doc = A.change(doc, (d) => {
      for (let i = from; i < from + count / 5; i++)
        d.ballots[`ballot-${i}`] = new A.ImmutableString(`{"choice":"for","seq":${i}}`.padEnd(400, " "));
    });
  }
  const handle = alice.repo.import<Box>(A.save(doc));
  await waitFor(
    () =>
      Object.keys((relay.documentValue(handle.documentId)?.ballots as object | undefined) ?? {}).length ===
      count,
    "the relay holds alice's box",
  );
  return { handle, savedBytes: A.save(doc).length };
}

async function relay(): Promise<TestRelay> {
  const started = await startRelay();
  cleanups.push(() => started.close());
  return started;
}

const sortedHeads = (doc: A.Doc<unknown>) => [...A.getHeads(doc)].sort();

describe("RelayConnection: a document that arrives whole (W9.1)", () => {
  it("[W9.1] a fresh device gets the whole box in one message, loaded into its handle without its Repo applying the message, with the relay's heads", async () => {
    const server = await relay();
    const { handle, savedBytes } = await boxOnRelay(server, 500);
    const carol = device(server, "carol", { takesWholeDocuments: true });
    await carol.connected;

    const found = await carol.repo.find<Box>(handle.url);
    expect(sortedHeads(found.doc())).toEqual(sortedHeads(handle.doc()));
    expect(Object.keys(found.doc().ballots)).toHaveLength(500);
    // One frame carried the box (its saved bytes and the envelope); every other frame is small.
    expect(carol.frames.filter((bytes) => bytes >= savedBytes)).toHaveLength(1);
    expect(carol.frames.filter((bytes) => bytes > 1000)).toHaveLength(1);
    // No message the Repo received carried the box.
    expect(Math.max(...carol.repoReceived)).toBeLessThan(1000);
  });

  it("[W9.1] a document the relay lacked when the device asked (unavailable) is taken whole when another member brings it", async () => {
    const server = await relay();
    // bob writes the box offline, so carol asks for it before the relay has it.
    const bob = new Repo({ peerId: "bob-late" as PeerId });
    cleanups.push(() => bob.shutdown());
    const written = bob.create<Box>({ ballots: {} });
    written.change((d) => {
      for (let i = 0; i < 200; i++)
        d.ballots[`ballot-${i}`] = new A.ImmutableString(`ballot ${i} `.repeat(30));
    });
    const carol = device(server, "carol", { takesWholeDocuments: true });
    await carol.connected;
    const waiting = await carol.repo.find<Box>(written.url, { allowableStates: ["ready", "unavailable"] });
    expect(waiting.isUnavailable()).toBe(true);

    bob.networkSubsystem.addNetworkAdapter(new RelayConnection(server.url as RelayUrl, "relay", 60_000));
    await waiting.whenReady();
    expect(sortedHeads(waiting.doc())).toEqual(sortedHeads(written.doc()));
    expect(Object.keys(waiting.doc().ballots)).toHaveLength(200);
    // The box reached carol in a frame of its own, which her Repo never received as it came.
    expect(Math.max(...carol.frames)).toBeGreaterThan(A.save(written.doc()).length);
    expect(Math.max(...carol.repoReceived)).toBeLessThan(1000);
  });

  it("[W9.1] sync goes on after it: a change from the other member reaches the device before the device changed anything, and one from the device reaches the other member", async () => {
    const server = await relay();
    const { handle } = await boxOnRelay(server, 100);
    const carol = device(server, "carol", { takesWholeDocuments: true });
    await carol.connected;
    const found = await carol.repo.find<Box>(handle.url);

    // Carol has changed nothing: only the sync after taking the box tells the relay she follows it.
    handle.change((d) => (d.ballots["late"] = new A.ImmutableString("late ballot")));
    await waitFor(
      () => found.doc().ballots["late"]?.toString() === "late ballot",
      "carol sees alice's ballot",
    );
    found.change((d) => (d.note = "from carol"));
    await waitFor(() => handle.doc().note === "from carol", "alice sees carol's change");
    expect(sortedHeads(found.doc())).toEqual(sortedHeads(handle.doc()));
  });

  it("[W9.1] a document opened with its genesis (openWithGenesis, as conversations are) keeps syncing after it was taken whole", async () => {
    const server = await relay();
    const { handle } = await boxOnRelay(server, 50);
    const carol = device(server, "carol", { takesWholeDocuments: true });
    await carol.connected;
    const found = await carol.repo.find<Box>(handle.url, { allowableStates: ["ready", "unavailable"] });
    expect(found.isReady()).toBe(true);
    // What openWithGenesis does next: import bytes the document already holds.
    carol.repo.import<Box>(A.save(handle.doc()), { docId: found.documentId });

    handle.change((d) => (d.note = "from alice"));
    await waitFor(() => found.doc().note === "from alice", "carol sees alice's change");
  });

  it("[W9.1] without it (a stock client) the Repo replays the whole document from empty, and ends with the same heads", async () => {
    const server = await relay();
    const { handle } = await boxOnRelay(server, 100);
    const stock = device(server, "dave", { takesWholeDocuments: false });
    await stock.connected;
    const found = await stock.repo.find<Box>(handle.url);
    expect(sortedHeads(found.doc())).toEqual(sortedHeads(handle.doc()));
    expect(Math.max(...stock.repoReceived)).toBeGreaterThan(A.save(handle.doc()).length);
  });
});
