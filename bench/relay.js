// Benchmark of the relay (docs/PROTOCOL.md W), through the built packages. Every figure comes
// with its floor, measured in the same run on the same machine:
// - latency: a small change from peer A through the relay to peer B (A and B are stock
//   automerge-repo Repos with the WebSocket client adapter), against a bare WebSocket round trip
//   to an echo server with messages of the same size. The relay and the echo server each run in
//   a child process, so both paths cross the same process boundaries (parent → child → parent).
// - coldSync: a fresh peer receiving a ballot box of 10,000 ballots through the relay, against
//   `Automerge.load` of the same bytes (issue 15's targets: within 1.5x when the relay holds it,
//   2x from its disk). The ballots are real signed records (distinct ed25519 keys, signed with
//   crdt's WebCrypto signer), so the document has its real size. Two clients, in turn: the app's
//   (its relay connection loads a document it never had, arriving whole, with Automerge.load
//   into the Repo's handle, PROTOCOL.md W9.1) and a stock Repo (receiveSyncMessage). Beside
//   each, its own floor with no network and no relay: the app's, Automerge.load plus the A.diff
//   its DocHandle runs on every change; the stock Repo's, Automerge.receiveSyncMessage into an
//   empty document plus that A.diff. CPU time of the client's process beside each wall time.
//   The floors and the clients are measured in turn in one loop (the same process state for
//   all), after one uncounted round of each.
// - memory: the relay process's memory with 1,000 documents and 200 connected clients (Repos),
//   against a bare `ws` server process holding 200 sockets and the same 1,000 documents loaded
//   with `Automerge.load`. Each child reports `process.memoryUsage()` after a forced GC over IPC.
// Usage: node bench/run.js relay   (after building: npx tsc -b sync-server)
import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as A from "@automerge/automerge";
import { Repo } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import { WebSocket, WebSocketServer } from "ws";

const self = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Child processes: `node bench/relay.js --child relay DATA_DIR` or `--child floor`.

if (process.argv[1] === self && process.argv[2] === "--child") {
  await runChild(process.argv[3], process.argv[4]);
}

async function runChild(kind, dataDir) {
  const memory = () => {
    globalThis.gc?.();
    globalThis.gc?.();
    return process.memoryUsage();
  };
  if (kind === "relay") {
    const { startRelay, silentLogger } = await import("@chapterhouse/sync-server");
    const relay = await startRelay({
      port: 0,
      dataDir,
      logger: silentLogger,
      // Idle eviction off: the figure is the memory of 1,000 documents held at once.
      limits: { idleDocumentMs: 0 },
    });
    const ready = () => Object.values(relay.repo.handles).filter((handle) => handle.isReady());
    process.on("message", async (message) => {
      if (message.type === "memory") process.send({ type: "memory", memory: memory(), documents: ready().length });
      if (message.type === "heads") {
        const handle = relay.repo.handles[message.documentId];
        process.send({ type: "heads", heads: handle?.isReady() ? A.getHeads(handle.doc()) : [] });
      }
      if (message.type === "close") {
        await relay.close();
        process.exit(0);
      }
    });
    process.send({ type: "ready", port: relay.port });
  } else if (kind === "floor") {
    // The floor: a bare ws server that echoes every frame, and holds documents when told to.
    const server = new WebSocketServer({ port: 0, host: "127.0.0.1", perMessageDeflate: false });
    server.on("connection", (socket) => {
      socket.on("error", () => undefined);
      socket.on("message", (data, isBinary) => socket.send(data, { binary: isBinary }));
    });
    await new Promise((resolve) => server.once("listening", resolve));
    const held = [];
    process.on("message", (message) => {
      if (message.type === "memory") process.send({ type: "memory", memory: memory(), documents: held.length, sockets: server.clients.size });
      if (message.type === "load") {
        for (const text of message.documents) held.push(A.load(Buffer.from(text, "base64")));
        process.send({ type: "loaded" });
      }
      if (message.type === "close") {
        for (const socket of server.clients) socket.terminate();
        server.close(() => process.exit(0));
      }
    });
    process.send({ type: "ready", port: server.address().port });
  }
}

// ---------------------------------------------------------------------------------------------
// The parent: helpers.

/** A child process of this file, with a function asking it something over IPC. */
export async function startChild(kind, dataDir) {
  const child = fork(self, ["--child", kind, ...(dataDir ? [dataDir] : [])], { execArgv: ["--expose-gc"], stdio: ["ignore", 2, 2, "ipc"] });
  const waiting = [];
  child.on("message", (message) => {
    const index = waiting.findIndex((w) => w.type === message.type);
    if (index >= 0) waiting.splice(index, 1)[0].resolve(message);
  });
  const next = (type) => new Promise((resolve) => waiting.push({ type, resolve }));
  const ready = await next("ready");
  return {
    port: ready.port,
    ask: (message, answer) => {
      const reply = next(answer);
      child.send(message);
      return reply;
    },
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ type: "close" });
      await exited;
    },
  };
}

/** A stock automerge-repo client (no storage) connected to the relay at `port`. */
export async function connectRepo(port, name) {
  const adapter = new WebSocketClientAdapter(`ws://127.0.0.1:${port}/`, 60_000);
  const repo = new Repo({ network: [adapter], peerId: name });
  await new Promise((resolve) => {
    if (adapter.remotePeerId !== undefined) return resolve();
    repo.networkSubsystem.once("peer", () => resolve());
  });
  return { repo, adapter, close: () => repo.shutdown() };
}

/** Resolves once the relay child holds `documentId` ready at `heads` (polled over IPC). */
export async function relayHas(relay, documentId, heads) {
  const wanted = [...heads].sort().join(",");
  for (;;) {
    const { heads: held } = await relay.ask({ type: "heads", documentId }, "heads");
    if ([...held].sort().join(",") === wanted) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once `handle`'s document satisfies `predicate`. */
export function until(handle, predicate) {
  return new Promise((resolve) => {
    const check = () => {
      if (predicate(handle.doc())) {
        handle.off("change", check);
        resolve();
      }
    };
    handle.on("change", check);
    check();
  });
}

const round = (ms) => Math.round(ms * 100) / 100;
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: samples.length, medianMs: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), minMs: round(sorted[0]) };
}
const median = (samples) => percentile([...samples].sort((a, b) => a - b), 50);
const mib = (bytes) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * The floor of a latency: `count` round trips (after ten to warm up) of a frame of `bytes` through
 * a bare ws echo server in a child process, 150 ms apart, so both paths start from idle processes.
 */
export async function echoRoundTrips(bytes, count) {
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const floor = await startChild("floor");
  const client = new WebSocket(`ws://127.0.0.1:${floor.port}/`, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    client.once("open", resolve);
    client.once("error", reject);
  });
  const payload = new Uint8Array(bytes).fill(7);
  const echo = [];
  for (let i = 0; i < count + 10; i++) {
    await pause(150);
    const start = performance.now();
    await new Promise((resolve) => {
      client.once("message", resolve);
      client.send(payload);
    });
    if (i >= 10) echo.push(performance.now() - start);
  }
  client.close();
  await floor.close();
  return echo;
}

// ---------------------------------------------------------------------------------------------
// 1. A small change from A through the relay to B, against a bare WebSocket round trip.

async function latency(changes) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-relay-"));
  const relay = await startChild("relay", dataDir);
  const alice = await connectRepo(relay.port, "alice");
  const bob = await connectRepo(relay.port, "bob");
  const { createProposalDoc } = await import("@chapterhouse/crdt/documents");
  const aliceHandle = alice.repo.import(A.save(createProposalDoc("We open the community kitchen on Sundays")));
  await relayHas(relay, aliceHandle.documentId, A.getHeads(aliceHandle.doc()));
  const bobHandle = await bob.repo.find(aliceHandle.url);

  // The size of every frame alice sends while the changes go through.
  const frames = [];
  let firstFrameAt;
  const socket = alice.adapter.socket;
  const send = socket.send.bind(socket);
  socket.send = (data, ...rest) => {
    frames.push(data.byteLength ?? data.length);
    firstFrameAt ??= performance.now();
    return send(data, ...rest);
  };

  // automerge-repo 2.5.6 sends a document's changes to its peers at most every 100 ms
  // (DocSynchronizer's syncDebounceRate, not configurable): a change made 100 ms or more after
  // the last send goes out at once, changes in quick succession wait for the next 10 Hz tick.
  // So: isolated changes (150 ms apart, like a member editing) measure the path itself;
  // back-to-back changes (each made as soon as the previous one arrived) show the batching.
  let tick = 0;
  const inAlice = [];
  const oneChange = async () => {
    tick += 1;
    const wanted = tick;
    firstFrameAt = undefined;
    const start = performance.now();
    const arrived = until(bobHandle, (doc) => doc.unsigned.tick === wanted);
    aliceHandle.change((doc) => {
      doc.unsigned.tick = wanted;
    });
    await arrived;
    inAlice.push(firstFrameAt - start);
    return performance.now() - start;
  };
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const isolated = [];
  for (let i = 0; i < changes + 10; i++) {
    await pause(150);
    const ms = await oneChange();
    if (i >= 10) isolated.push(ms); // the first ten warm up
  }
  const isolatedInAlice = inAlice.slice(10);
  await pause(150);
  const backToBack = [];
  for (let i = 0; i < Math.min(50, changes); i++) backToBack.push(await oneChange());
  socket.send = send;
  await alice.close();
  await bob.close();
  await relay.close();
  await rm(dataDir, { recursive: true, force: true });
  const messageBytes = median(frames);

  // The floor: the same number of round trips of a frame of that size through a bare ws echo server.
  const echo = await echoRoundTrips(messageBytes, changes);

  return {
    what: "one small change (a counter in a proposal document) from alice's Repo through the relay until bob's Repo shows it",
    relay: {
      isolatedChanges: { ...summary(isolated), untilAliceSendsMs: summary(isolatedInAlice).medianMs },
      backToBackChanges: { ...summary(backToBack), untilAliceSendsMs: summary(inAlice.slice(isolatedInAlice.length + 10)).medianMs },
    },
    floor: { what: "bare ws round trip to an echo server in a child process, same frame size, 150 ms apart", ...summary(echo) },
    frameBytes: { median: messageBytes, framesFromAlice: frames.length, changes: tick },
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Cold sync of a 10,000-ballot box through the relay, against Automerge.load.

export async function ballotBox(ballots) {
  const crdt = {
    ...(await import("@chapterhouse/crdt/documents")),
    ...(await import("@chapterhouse/crdt/encoding")),
    ...(await import("@chapterhouse/crdt/records")),
    ...(await import("@chapterhouse/crdt/verify")),
  };
  const subtle = globalThis.crypto.subtle;
  const id = (label) => crdt.hashText(label);
  const chapter = id("bench:chapter");
  const proposal = id("bench:proposal");
  const open = id("bench:open");
  const textHash = id("bench:text");
  const started = performance.now();
  const records = [];
  for (let i = 0; i < ballots; i++) {
    const seed = new Uint8Array(32);
    new DataView(seed.buffer).setUint32(0, i + 1);
    seed[31] = 0xb0;
    const signer = await crdt.webCryptoSignerFromSeed(seed, subtle);
    const choice = ["for", "against", "abstain"][i % 3];
    records.push(await crdt.signRecord(signer, { kind: "ballot", body: { chapter, proposal, open, textHash, choice, seq: 1 }, at: 1_760_000_000_000 + i, deps: [open] }));
  }
  const signedMs = performance.now() - started;
  let doc = crdt.createBallotBoxDoc({ open, chapter, shard: 0 });
  for (let from = 0; from < ballots; from += 500) {
    doc = A.change(doc, (d) => {
      for (const record of records.slice(from, from + 500)) crdt.addRecord(d.ballots, record);
    });
  }
  return { doc, bytes: A.save(doc), signedMs: performance.now() - started, signingMs: signedMs, recordChars: records[0].text.length };
}

/**
 * A client Repo (no storage) connected to the relay at `port` whose connection takes a document
 * it has never had, arriving whole, as the app's does (PROTOCOL.md W9.1): the renderer's
 * RelayConnection overrides `receiveMessage` the same way, with the same crdt function.
 */
export async function connectAppRepo(port, name) {
  const { takeWholeDocument } = await import("@chapterhouse/crdt/sync");
  const { cbor } = await import("@automerge/automerge-repo");
  let repo;
  class AppConnection extends WebSocketClientAdapter {
    receiveMessage(frame) {
      const message = cbor.decode(new Uint8Array(frame));
      if (takeWholeDocument(message, (documentId) => repo.handles[documentId]) === undefined) return;
      super.receiveMessage(frame);
    }
  }
  const adapter = new AppConnection(`ws://127.0.0.1:${port}/`, 60_000);
  repo = new Repo({ network: [adapter], peerId: name });
  await new Promise((resolve) => {
    if (adapter.remotePeerId !== undefined) return resolve();
    repo.networkSubsystem.once("peer", () => resolve());
  });
  return { repo, adapter, close: () => repo.shutdown() };
}

const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** `box`: a ballot box built earlier (`ballotBox`), else one of `ballots` is built. */
export async function coldSync(ballots, runs, box) {
  box ??= await ballotBox(ballots);
  const loadAverageAtStart = loadavg().map((x) => round(x));
  const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
  const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-relay-"));
  let relay = await startChild("relay", dataDir);
  const alice = await connectRepo(relay.port, "alice");
  const handle = alice.repo.import(box.bytes);
  const heads = A.getHeads(handle.doc());
  const uploadStart = performance.now();
  await relayHas(relay, handle.documentId, heads);
  const uploadMs = performance.now() - uploadStart;
  await alice.close();
  const wanted = [...heads].sort().join(",");
  const hasTheBox = (doc) => [...A.getHeads(doc)].sort().join(",") === wanted;
  const countBallots = (doc, what) => {
    if (Object.keys(doc.ballots ?? {}).length !== ballots) throw new Error(`${what} lost ballots`);
  };

  // Every figure is taken the same way, in turn, in one loop, so that the floors and the clients
  // meet the same process state (heap, garbage collector, WebAssembly memory) and machine: after
  // a 50 ms pause, wall and CPU time of this process (the client's; the relay runs in a child
  // process, so on a loaded machine CPU time moves less than wall time). A client is done when its
  // document has the box's heads (so every ballot); its ballots are counted after the clock stops,
  // as the floors' are. One round of everything first, not counted, warms all paths alike.
  const whole = A.encodeSyncMessage({ heads: A.getHeads(box.doc), need: [], have: [], changes: [box.bytes] });
  const series = () => ({ wall: [], cpu: [] });
  const loads = series();
  const clientWork = series();
  const appClientWork = series();
  const stock = { warm: series(), fromDisk: series() };
  const app = { warm: series(), fromDisk: series() };
  const measure = async (into, work) => {
    await pause();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = work();
    into.wall.push(performance.now() - start);
    into.cpu.push(cpuMs(cpu));
    return result;
  };
  const receive = async (connect, port, name, into) => {
    const peer = await connect(port, name);
    await pause();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const found = await peer.repo.find(handle.url);
    await until(found, hasTheBox);
    into.wall.push(performance.now() - start);
    into.cpu.push(cpuMs(cpu));
    countBallots(found.doc(), name);
    await peer.close();
  };
  const floors = async (counted) => {
    const into = (figures) => (counted ? figures : series());
    countBallots(await measure(into(loads), () => A.load(box.bytes)), "Automerge.load");
    const received = await measure(into(clientWork), () => {
      const [doc] = A.receiveSyncMessage(A.init(), A.initSyncState(), whole);
      A.diff(doc, [], A.getHeads(doc));
      return doc;
    });
    countBallots(received, "receiveSyncMessage");
    const taken = await measure(into(appClientWork), () => {
      const doc = A.load(box.bytes);
      A.diff(doc, [], A.getHeads(doc));
      return doc;
    });
    countBallots(taken, "Automerge.load");
  };
  // The stock client and the app's in turn, each round beside the floors.
  for (let i = -1; i < runs; i++) {
    await floors(i >= 0);
    await receive(connectRepo, relay.port, `carol-${i}`, i >= 0 ? stock.warm : series());
    await receive(connectAppRepo, relay.port, `erin-${i}`, i >= 0 ? app.warm : series());
  }
  // The relay restarted: the document is only on its disk when the client asks for it.
  for (let i = 0; i < 3; i++) {
    for (const [connect, into, name] of [
      [connectRepo, stock.fromDisk, `dave-${i}`],
      [connectAppRepo, app.fromDisk, `frank-${i}`],
    ]) {
      await relay.close();
      relay = await startChild("relay", dataDir);
      await receive(connect, relay.port, name, into);
    }
  }
  await relay.close();
  await rm(dataDir, { recursive: true, force: true });
  const floorMs = median(loads.wall);
  const floorCpuMs = median(loads.cpu);
  const figures = ({ wall, cpu }) => ({ ...summary(wall), timesFloor: round(median(wall) / floorMs), cpuMs: round(median(cpu)), cpuTimesFloor: round(median(cpu) / floorCpuMs) });
  return {
    what: `a fresh peer's Repo finds a ballot box of ${ballots} signed ballots through the relay, until its document has the box's heads (every ballot; counted after the clock stops, as for the floors); floors and clients measured in turn in one loop, after one uncounted round of each`,
    document: { ballots, bytes: box.bytes.length, recordChars: box.recordChars, signedWith: "crdt webCryptoSignerFromSeed, one key per ballot", buildMs: Math.round(box.signedMs), signingMs: Math.round(box.signingMs) },
    appClient: {
      what: "the app's client: a Repo whose relay connection loads a document it never had, arriving whole, into its handle with Automerge.load (W9.1); cpuMs is this process's CPU time (the client's, not the relay's)",
      relayHoldsIt: figures(app.warm),
      relayLoadsItFromDisk: { what: "a relay restarted before each run", ...figures(app.fromDisk) },
    },
    stockClient: {
      what: "a stock automerge-repo Repo: it applies the relay's message with receiveSyncMessage",
      relayHoldsIt: figures(stock.warm),
      relayLoadsItFromDisk: { what: "a relay restarted before each run", ...figures(stock.fromDisk) },
    },
    floor: { what: "Automerge.load of the same bytes in this process", ...summary(loads.wall), cpuMs: round(floorCpuMs) },
    appClientFloor: {
      what: "the app client's own work, no network: Automerge.load plus the A.diff from empty its DocHandle runs on every change (the least any Repo handle costs)",
      ...figures(appClientWork),
    },
    clientFloor: {
      what: "a stock Repo's own work on the whole document in one sync message, no network: Automerge.receiveSyncMessage into an empty document plus the A.diff its DocHandle runs",
      ...figures(clientWork),
    },
    aliceUploadMs: round(uploadMs),
    loadAverage: { start: loadAverageAtStart, end: loadavg().map((x) => round(x)) },
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Relay memory with 1,000 documents and 200 clients, against a bare ws server holding the same.

function memoryFigures(before, after) {
  return {
    rssMiB: mib(after.rss - before.rss),
    heapUsedMiB: mib(after.heapUsed - before.heapUsed),
    externalMiB: mib(after.external - before.external),
    arrayBuffersMiB: mib(after.arrayBuffers - before.arrayBuffers),
  };
}

async function memory(documentCount, clientCount) {
  const { addRecord, createProposalDoc } = await import("@chapterhouse/crdt/documents");
  const { hashText } = await import("@chapterhouse/crdt/encoding");
  // Small, realistic documents: a proposal with a draft and two record-sized immutable strings.
  const documents = [];
  for (let i = 0; i < documentCount; i++) {
    let doc = createProposalDoc(`Proposal ${i}: we open the community kitchen on Sundays from ten to two, and share the keys.`);
    doc = A.change(doc, (d) => {
      for (const [map, n] of [["origin", 0], ["comments", 1]]) {
        const text = JSON.stringify({ body: { text: `record ${i}.${n} `.padEnd(300, "x") }, kind: "comment", sig: hashText(`${i}.${n}`).repeat(2) });
        addRecord(d[map], { id: hashText(text), text });
      }
    });
    documents.push(A.save(doc));
  }
  const perClient = Math.ceil(documentCount / clientCount);

  const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-relay-"));
  const relay = await startChild("relay", dataDir);
  const idle = (await relay.ask({ type: "memory" }, "memory")).memory;
  const clients = [];
  for (let i = 0; i < clientCount; i++) clients.push(await connectRepo(relay.port, `member-${i}`));
  const connected = (await relay.ask({ type: "memory" }, "memory")).memory;
  const handles = [];
  for (let i = 0; i < documentCount; i++) handles.push(clients[Math.floor(i / perClient)].repo.import(documents[i]));
  for (const handle of handles) await relayHas(relay, handle.documentId, A.getHeads(handle.doc()));
  const loaded = await relay.ask({ type: "memory" }, "memory");
  for (const client of clients) await client.close();
  await relay.close();
  await rm(dataDir, { recursive: true, force: true });

  const floor = await startChild("floor");
  const floorIdle = (await floor.ask({ type: "memory" }, "memory")).memory;
  const sockets = [];
  for (let i = 0; i < clientCount; i++) {
    const socket = new WebSocket(`ws://127.0.0.1:${floor.port}/`, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      socket.once("open", resolve);
      socket.once("error", reject);
    });
    sockets.push(socket);
  }
  const floorConnected = (await floor.ask({ type: "memory" }, "memory")).memory;
  await floor.ask({ type: "load", documents: documents.map((bytes) => Buffer.from(bytes).toString("base64")) }, "loaded");
  const floorLoaded = await floor.ask({ type: "memory" }, "memory");
  for (const socket of sockets) socket.terminate();
  await floor.close();

  return {
    what: `the relay process with ${clientCount} connected client Repos and ${documentCount} documents held (each client brought ${perClient}); deltas from the idle process, after a forced GC`,
    documentBytes: { total: documents.reduce((sum, bytes) => sum + bytes.length, 0), each: median(documents.map((bytes) => bytes.length)) },
    relay: {
      idle: { rssMiB: mib(idle.rss), heapUsedMiB: mib(idle.heapUsed) },
      clientsConnected: memoryFigures(idle, connected),
      clientsAndDocuments: { ...memoryFigures(idle, loaded.memory), documentsHeld: loaded.documents },
    },
    floor: {
      what: "a bare ws server process holding the same number of sockets and the same documents loaded with Automerge.load",
      idle: { rssMiB: mib(floorIdle.rss), heapUsedMiB: mib(floorIdle.heapUsed) },
      clientsConnected: memoryFigures(floorIdle, floorConnected),
      clientsAndDocuments: memoryFigures(floorIdle, floorLoaded.memory),
    },
  };
}

/**
 * Runs the benchmark and returns its figures. `changes` small changes for the latency,
 * `ballots` ballots in the box (synced `runs` times), `documents` and `clients` for memory.
 */
export async function run({ changes = 200, ballots = 10_000, runs = 9, documents = 1000, clients = 200 } = {}) {
  return {
    benchmark: "relay",
    node: process.version,
    latency: await latency(changes),
    coldSync: await coldSync(ballots, runs),
    memory: await memory(documents, clients),
  };
}
