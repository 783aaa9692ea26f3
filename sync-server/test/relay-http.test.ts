import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger, startRelay } from "../src/index.js";
import { connectPeer } from "./helpers/connect-peer.js";
import { httpRequest } from "./helpers/http-get.js";
import { rawClient } from "./helpers/raw-client.js";
import { startTestRelay, TEST_TOKEN, type TestRelay } from "./helpers/start-test-relay.js";
import { tempDir } from "./helpers/temp-dir.js";
import { upgradeStatus } from "./helpers/upgrade-status.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";

/** One sample line of the Prometheus text format 0.0.4. */
const SAMPLE = /^[a-z_]+(\{[a-z_]+="[^"\\\n]*"(,[a-z_]+="[^"\\\n]*")*\})? -?[0-9]+(\.[0-9]+)?$/;

describe("the relay's HTTP side", () => {
  let test: TestRelay | undefined;
  afterEach(async () => {
    await test?.stop();
    test = undefined;
  });

  it("[W6.2] GET /healthz answers 200 JSON with documents, peers and uptimeSeconds", async () => {
    test = await startTestRelay();
    const alice = await connectPeer("alice", test.clientUrl);
    const handle = alice.repo.create({ motion: "adopt the agenda" });
    await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());
    const reply = await httpRequest(test.relay.port, "/healthz");
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toMatch(/^application\/json/);
    const body = JSON.parse(reply.body) as Record<string, unknown>;
    expect(body).toEqual({ documents: 1, peers: 1, uptimeSeconds: expect.any(Number) as number });
    await alice.close();
  });

  it("[W6.5] GET /relay.json tells a served web app that its relay is at its own origin, and whether a token is needed", async () => {
    test = await startTestRelay();
    const reply = await httpRequest(test.relay.port, "/relay.json");
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ v: 1, websocket: "same-origin", tokenRequired: true });
    const open = await startRelay({ port: 0, dataDir: join(test.root, "open"), logger: silentLogger });
    try {
      expect(JSON.parse((await httpRequest(open.port, "/relay.json")).body)).toMatchObject({ tokenRequired: false });
    } finally {
      await open.close();
    }
  });

  it("[W6.3] GET /metrics is Prometheus text counting connections, messages, bytes, documents and disconnects by reason", async () => {
    test = await startTestRelay();
    const mallory = rawClient(test.clientUrl);
    await mallory.join("mallory");
    mallory.socket.send(Uint8Array.from([0xff]));
    await mallory.closed;
    await test.log.waitFor((e) => e.reason === "malformed-message");
    const reply = await httpRequest(test.relay.port, "/metrics");
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("text/plain; version=0.0.4; charset=utf-8");
    const lines = reply.body.trimEnd().split("\n");
    for (const line of lines) expect(line.startsWith("# HELP ") || line.startsWith("# TYPE ") || SAMPLE.test(line), line).toBe(true);
    expect(lines).toContain('chapterhouse_relay_disconnects_total{reason="malformed-message"} 1');
    expect(lines).toContain("chapterhouse_relay_connections_total 1");
    expect(lines).toContain("# TYPE chapterhouse_relay_connections gauge");
    expect(lines).toContain("chapterhouse_relay_documents 0");
    expect(lines.find((l) => l.startsWith("chapterhouse_relay_messages_received_total "))).toBe("chapterhouse_relay_messages_received_total 2");
    expect(lines.some((l) => /^chapterhouse_relay_bytes_received_total [1-9]/.test(l))).toBe(true);
  });

  it("[W1.1] a WebSocket upgrade without the token or with a wrong one is refused with 401, with it accepted", async () => {
    test = await startTestRelay();
    expect(await upgradeStatus(test.relay.url)).toBe(401);
    expect(await upgradeStatus(`${test.relay.url}?token=wrong`)).toBe(401);
    expect(await upgradeStatus(`${test.relay.url}?token=${TEST_TOKEN}`)).toBe(101);
    expect(await upgradeStatus(`${test.relay.url}elsewhere?token=${TEST_TOKEN}`)).toBe(404);
    const refused = await test.log.waitFor((e) => e.event === "upgrade-refused" && e.status === 401);
    expect(JSON.stringify(refused)).not.toContain("wrong");
  });

  it("[W3.1] upgrades beyond maxConnections are refused with 503", async () => {
    test = await startTestRelay({ limits: { maxConnections: 2 } });
    const first = rawClient(test.clientUrl);
    const second = rawClient(test.clientUrl);
    await Promise.all([first.opened, second.opened]);
    expect(await upgradeStatus(test.clientUrl)).toBe(503);
    first.socket.close();
    await first.closed;
    await test.log.waitFor((e) => e.event === "peer-left");
    expect(await upgradeStatus(test.clientUrl)).toBe(101);
    second.socket.close();
  });

  it("[W6.4] the web folder is served at /, and no path leaves it", async () => {
    const outside = await tempDir("web");
    try {
      const web = join(outside.path, "web");
      await mkdir(join(web, "assets"), { recursive: true });
      await writeFile(join(web, "index.html"), "<!doctype html><title>Chapterhouse</title>");
      await writeFile(join(web, "assets", "app.js"), "console.log('hi')");
      await writeFile(join(web, ".env"), "SECRET=1");
      await writeFile(join(outside.path, "secret.txt"), "outside");
      await symlink(join(outside.path, "secret.txt"), join(web, "link.txt"));
      test = await startTestRelay({ web });
      const port = test.relay.port;

      const index = await httpRequest(port, "/");
      expect(index.status).toBe(200);
      expect(index.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(index.body).toContain("Chapterhouse");
      const app = await httpRequest(port, "/assets/app.js");
      expect(app.headers["content-type"]).toBe("text/javascript; charset=utf-8");
      expect((await httpRequest(port, "/assets/app.js", "HEAD")).body).toBe("");

      for (const path of ["/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/link.txt", "/.env", "/assets%5c..%5c..%5csecret.txt", "/%00", "/%E0%A4%A"]) {
        const reply = await httpRequest(port, path);
        expect(reply.status, path).toBe(404);
        expect(reply.body, path).not.toContain("outside");
      }
      expect((await httpRequest(port, "/", "POST")).status).toBe(405);
    } finally {
      await outside.remove();
    }
  });

  it("[W1.5] a client connecting as soon as startRelay resolves is answered at once, storage being ready", async () => {
    test = await startTestRelay();
    const started = performance.now();
    const alice = rawClient(test.clientUrl);
    const peer = await alice.join("alice");
    expect(peer).toMatchObject({ type: "peer", senderId: test.relay.peerId, selectedProtocolVersion: "1", targetId: "alice" });
    expect((peer.peerMetadata as Record<string, unknown>).storageId).toEqual(expect.any(String));
    expect(performance.now() - started).toBeLessThan(5000); // the stock stall is 10 s (DESIGN.md §7)
    alice.socket.close();
  });
});
