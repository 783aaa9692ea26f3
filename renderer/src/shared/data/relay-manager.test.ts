import { createServer } from "node:http";
import { WebSocketServer } from "ws";
import { afterEach, describe, expect, it } from "vitest";
import { startRelay, type TestRelay } from "../../../test/helpers/start-relay.js";
import { until } from "../../../test/helpers/until.js";
import { waitFor } from "../../../test/helpers/wait-for.js";
import { createRepo } from "./create-repo.js";
import { DocumentAnnouncements } from "../documents/document-announcements.js";
import { createMemoryConnectionSettings } from "./memory-connection-settings.js";
import { PeerDirectory } from "./peer-directory.js";
import { RelayManager, type RelaysSnapshot } from "./relay-manager.js";
import { parseRelayUrl, RelayUrlError, type RelayUrl } from "./relay-url.js";
import { createMemorySharedHeadsStore } from "./shared-heads-store.js";
import { UnsharedChanges } from "./unshared-changes.js";

/** One device (alice) in this process: a Repo without storage (ephemeral), its relay manager and counters. */
function device(retryMs = 5_000) {
  const directory = new PeerDirectory();
  const announcements = new DocumentAnnouncements();
  const settings = createMemoryConnectionSettings();
  const repo = createRepo({ directory, announcements });
  const relays = new RelayManager({
    repo,
    settings,
    directory,
    pageProtocol: "http:",
    now: () => 1,
    retryMs,
  });
  const errors: unknown[] = [];
  const unshared = new UnsharedChanges(repo, directory, createMemorySharedHeadsStore(), (e) =>
    errors.push(e),
  );
  relays.start();
  return { repo, relays, settings, announcements, unshared, errors };
}

const stateOf = (snapshot: RelaysSnapshot, url: string) => snapshot.relays.find((r) => r.url === url)?.state;
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function relay(): Promise<TestRelay> {
  const started = await startRelay();
  cleanups.push(() => started.close());
  return started;
}

function alice(retryMs?: number) {
  const d = device(retryMs);
  cleanups.push(async () => {
    d.relays.stop();
    d.unshared.stop();
    await d.repo.shutdown();
  });
  return d;
}

describe("RelayManager", () => {
  it("connects to every relay added, and removing one closes only its WebSocket", async () => {
    const [city, country] = [await relay(), await relay()];
    const { relays } = alice();
    await relays.addRelay(city.url);
    await relays.addRelay(country.url);
    await until(
      relays.relays,
      (s) => stateOf(s, city.url) === "connected" && stateOf(s, country.url) === "connected",
      "both connected",
    );
    expect((await city.openConnections()) + (await country.openConnections())).toBe(2);
    await relays.removeRelay(city.url as RelayUrl);
    await waitFor(async () => (await city.openConnections()) === 0, "the city relay sees the close");
    expect(await country.openConnections()).toBe(1);
    expect(relays.relays.get().relays.map((r) => r.url)).toEqual([country.url]);
  });

  it("work offline closes every WebSocket, and switching back opens new ones", async () => {
    const [city, country] = [await relay(), await relay()];
    const { relays } = alice();
    await relays.addRelay(city.url);
    await relays.addRelay(country.url, "meeting");
    await until(relays.relays, (s) => s.relays.every((r) => r.state === "connected"), "both connected");
    await relays.setWorkOffline(true);
    await waitFor(
      async () => (await city.openConnections()) + (await country.openConnections()) === 0,
      "both relays see the close",
    );
    expect(relays.relays.get().relays.map((r) => r.state)).toEqual(["disconnected", "disconnected"]);
    expect(relays.relays.get().workOffline).toBe(true);
    await relays.setWorkOffline(false);
    await until(relays.relays, (s) => s.relays.every((r) => r.state === "connected"), "both connected again");
    expect((await city.closedConnections()) + (await country.closedConnections())).toBe(2);
    expect((await city.openConnections()) + (await country.openConnections())).toBe(2);
  });

  it("once offline, the retry timer left by a relay that went down opens no socket", async () => {
    const retryMs = 300;
    const doomed = await startRelay();
    const { port, url } = doomed;
    const { relays } = alice(retryMs);
    await relays.addRelay(url);
    await until(relays.relays, (s) => stateOf(s, url) === "connected", "connected");
    // The relay goes down: the stock adapter schedules a reconnection in `retryMs`…
    await doomed.close();
    await until(relays.relays, (s) => stateOf(s, url) !== "connected", "the relay is gone");
    // …and the member switches to work offline before it fires.
    await relays.setWorkOffline(true);
    let connections = 0;
    const server = createServer();
    const wss = new WebSocketServer({ server });
    wss.on("connection", () => connections++);
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          for (const client of wss.clients) client.terminate();
          wss.close();
          server.close(() => resolve());
        }),
    );
    await new Promise((resolve) => setTimeout(resolve, 3 * retryMs));
    expect(connections).toBe(0);
    await relays.setWorkOffline(false);
    await waitFor(
      () => connections > 0,
      "back online, it connects to that port (so the silence above meant something)",
    );
  });

  it("refuses an address that is not ws:// or wss://, and stores nothing", async () => {
    const { relays, settings } = alice();
    await expect(relays.addRelay("https://relay.example.org")).rejects.toBeInstanceOf(RelayUrlError);
    expect(settings.current()?.relays).toEqual([]);
  });

  it("announces only mapped documents, and counts a change as not yet shared until the relay acknowledges it", async () => {
    const city = await relay();
    const { relays, repo, announcements, unshared, errors } = alice();
    await relays.addRelay(city.url);
    await until(relays.relays, (s) => stateOf(s, city.url) === "connected", "connected");
    const kept = repo.create({ note: "only here" });
    const shared = repo.create({ note: "for the organisation" });
    unshared.track(kept);
    unshared.track(shared);
    await until(unshared.count, (n) => n === 2, "two documents not yet shared");
    announcements.addDocuments(parseRelayUrl(city.url, "http:"), [shared.documentId]);
    await until(unshared.count, (n) => n === 1, "the announced document acknowledged");
    expect(unshared.documents()).toEqual([kept.documentId]);
    expect(city.documentValue(shared.documentId)).toEqual({ note: "for the organisation" });
    shared.change((doc: { note: string }) => {
      doc.note = "amended";
    });
    expect(unshared.count.get()).toBe(2);
    await until(unshared.count, (n) => n === 1, "the change acknowledged");
    expect(city.documentValue(shared.documentId)).toEqual({ note: "amended" });
    expect(city.documentValue(kept.documentId)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
