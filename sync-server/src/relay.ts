import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Repo, type DocumentId, type PeerId } from "@automerge/automerge-repo";
import { WebSocketServer } from "ws";
import { CrashSafeStorageAdapter } from "./crash-safe-storage-adapter.js";
import { DocumentLedger } from "./document-ledger.js";
import { DocumentWaiters } from "./document-waiters.js";
import { DurabilityBarrier } from "./durability-barrier.js";
import { ColdSyncAnswers } from "./cold-sync-answers.js";
import { coldSyncFromStore } from "./cold-sync-from-store.js";
import { readStoredChunks } from "./stored-document.js";
import { createHttpHandler } from "./http-routes.js";
import { startIdleEviction, type IdleEvictor } from "./idle-evictor.js";
import { resolveLimits, type RelayLimits } from "./limits.js";
import { isWellFormedDocumentId } from "./message-guard.js";
import { RelayMetrics, renderPrometheus } from "./metrics.js";
import { walkStoreToMirror } from "./mirror-walk.js";
import type { Clock } from "./rate-limiter.js";
import { jsonLinesLogger, type RelayLogger } from "./relay-logger.js";
import { RelayNetworkAdapter } from "./relay-network-adapter.js";
import { StorageGate } from "./storage-gate.js";
import { unloadDocument } from "./unload-document.js";
import { createUpgradeHandler } from "./websocket-upgrade.js";

/** How long after a change automerge-repo's own save runs (W5.6: a backstop; the relay saves first). */
const BACKSTOP_SAVE_MS = 1000;

export interface RelayOptions {
  /** TCP port; 0 picks a free one. Default 3030. */
  readonly port?: number;
  /** Address to listen on. Default 127.0.0.1 (this machine only). */
  readonly host?: string;
  /** Folder of the store (created if missing). */
  readonly dataDir: string;
  /** If set, WebSocket clients must present it as `?token=` (W1.1). */
  readonly token?: string;
  /** If set, a client presenting it is a mirror link (W7.1). */
  readonly mirrorToken?: string;
  /** Other relays to mirror (WebSocket URLs with their `?token=`), dialled and re-dialled (W7.2). */
  readonly peers?: readonly string[];
  /** Folder served as static files at `/` (W6.4). */
  readonly web?: string;
  readonly limits?: Partial<RelayLimits>;
  /** Default: JSON lines on standard error. */
  readonly logger?: RelayLogger;
  /** Milliseconds, monotonic. Default `performance.now`. */
  readonly clock?: Clock;
  /** The relay's peer id. Default `relay-` + a random UUID. */
  readonly peerId?: string;
}

export interface RelayHandle {
  /** `ws://host:port/` (without the token). */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly peerId: PeerId;
  /** The Repo behind the relay, for embedding (e.g. to read documents); don't share it. */
  readonly repo: Repo;
  /**
   * Stops accepting, closes every socket (1001), writes every loaded document to storage
   * and resolves (W5.5). Never rejects because a peer asked for a document nobody has.
   */
  close(): Promise<void>;
}

/**
 * Starts a relay (PROTOCOL.md W): opens the store, starts the Repo, and only then listens
 * for HTTP and WebSocket connections, so no client waits on storage (W1.5).
 * Throws `LimitsError` for contradictory limits, an `Error` if the mirror token equals the
 * client token, or the file system or listen error.
 */
export async function startRelay(options: RelayOptions): Promise<RelayHandle> {
  const limits = resolveLimits(options.limits);
  if (options.mirrorToken !== undefined && options.mirrorToken === options.token) {
    // Every client holding the client token would be a mirror, and be announced everything.
    throw new Error("mirrorToken must differ from token");
  }
  const logger = options.logger ?? jsonLinesLogger();
  const clock = options.clock ?? (() => performance.now());
  const startedAt = clock();
  const host = options.host ?? "127.0.0.1";
  const metrics = new RelayMetrics();

  const storage = await CrashSafeStorageAdapter.open(options.dataDir);
  const gate = new StorageGate(
    storage,
    (operation, key, error) => {
      metrics.storageErrors += 1;
      logger({ level: "error", event: "storage-error", operation, key: key.join("/"), error: String(error) });
    },
    // A kept cold-sync answer is the store's content: any write to the document's chunks ends it.
    (firstPart) => answers.changed(firstPart as DocumentId),
  );
  const ledger = new DocumentLedger(async (documentId) => (await readStoredChunks(storage, documentId)).map((chunk) => chunk.data), limits);
  // Cold-sync answers of documents in memory, kept until their chunks change, counted in W3.9.
  const answers = new ColdSyncAnswers({
    isInMemory: (documentId) => ledger.isInMemory(documentId),
    hold: (bytes) => ledger.holdBeside(bytes),
    release: (bytes) => ledger.releaseBeside(bytes),
  });
  let closing = false;
  const waiters = new DocumentWaiters(limits.maxNewDocumentsPerConnection);
  // What the relay sends about a document is durable first (W5.6): the Repo's own writes in
  // flight are waited for, then whatever it holds beyond them is saved (nothing if nothing).
  const barrier = new DurabilityBarrier(async (documentId) => {
    await gate.settled(documentId);
    if (repo.handles[documentId]?.isReady() === true) await repo.flush([documentId]);
  });
  const adapter: RelayNetworkAdapter = new RelayNetworkAdapter({
    limits,
    ledger,
    logger,
    metrics,
    clock,
    waiters,
    onDocumentActivity: (documentId) => evictor.touch(documentId),
    // Kept cold-sync answers go first: they are only a shortcut (W3.9).
    makeRoom: (enough) => {
      answers.clear();
      return enough() ? Promise.resolve([]) : evictor.makeRoom(enough);
    },
    whenDurable: (documentId) => barrier.whenDurable(documentId),
    coldSync: coldSyncFromStore({
      storedChunks: (documentId) => readStoredChunks(storage, documentId),
      whenDurable: (documentId) => barrier.whenDurable(documentId),
      maxInflatedBytes: limits.maxInflatedBytesInMemory,
      answers,
      onAnswered: (from) => metrics.coldSynced(from),
    }),
    isInMemory: (documentId): boolean => repo.handles[documentId] !== undefined,
    onMaybeUnavailable: (documentId) => setImmediate(() => dropIfUnavailable(documentId)),
  });
  const repo: Repo = new Repo({
    storage: gate,
    // The relay saves each change as soon as it applied it (the barrier, below); the Repo's own
    // throttled save is only a backstop, and would otherwise save the same heads twice at once.
    saveDebounceRate: BACKSTOP_SAVE_MS,
    network: [adapter],
    peerId: (options.peerId ?? `relay-${randomUUID()}`) as PeerId,
    isEphemeral: false,
    // The relay announces documents to mirror links only; a client gets what it asks for by id
    // (W1.3), and a document it asked for before the relay had it once it arrives (W3.8).
    shareConfig: {
      announce: (peerId, documentId) => Promise.resolve(adapter.isMirror(peerId) || (documentId !== undefined && waiters.has(documentId, peerId))),
      access: () => Promise.resolve(true),
    },
  });
  // W5.6: saving starts as soon as the Repo applied a peer's sync message, so what goes out
  // about the document next usually finds it saved already.
  repo.on("doc-metrics", (event) => {
    if (event.type === "receive-sync-message") void barrier.whenDurable(event.documentId);
  });
  // A handle nobody has (asked for, unavailable) keeps tens of kilobytes in the Repo for good;
  // the relay drops it, keeping only who waits for the document (W3.8). Nothing of it is stored,
  // and the gate lets no removal through. automerge-repo may still await the handle's readiness
  // (DocSynchronizer.beginSync, when a peer claimed heads it never sent), and deleting the
  // handle would reject that wait with nobody to catch it: it is settled first, empty.
  const dropIfUnavailable = (documentId: DocumentId) => {
    const handle = repo.handles[documentId];
    if (closing || handle?.isUnavailable() !== true) return;
    handle.doneLoading();
    repo.delete(documentId);
    ledger.forgetIfUnknown(documentId);
  };
  await repo.storageId();
  await adapter.whenReady();

  const readyDocuments = (): DocumentId[] =>
    Object.values(repo.handles)
      .filter((handle) => handle.isReady())
      .map((handle) => handle.documentId);
  const health = () => ({
    documents: readyDocuments().length,
    peers: adapter.peerCount,
    uptimeSeconds: Math.floor((clock() - startedAt) / 1000),
  });

  const evictor: IdleEvictor = startIdleEviction({
    idleMs: limits.idleDocumentMs,
    clock,
    logger,
    loadedDocuments: readyDocuments,
    hasInterestedPeer: (documentId) => {
      const synchronizer = repo.synchronizer.docSynchronizers[documentId];
      return adapter.peerIds().some((peerId) => !adapter.isMirror(peerId) && synchronizer?.hasPeer(peerId) === true);
    },
    unload: async (documentId) => {
      await unloadDocument(repo, documentId);
      ledger.forget(documentId);
      answers.drop(documentId);
    },
  });

  // Each mirror link that comes up gets the stored documents it may have missed (W7.3).
  let walks = Promise.resolve();
  adapter.on("peer-candidate", ({ peerId }) => {
    if (!adapter.isMirror(peerId)) return;
    walks = walks.then(async () => {
      await walkStoreToMirror({
        storedDocuments: async () => (await storage.firstKeyParts()).filter(isWellFormedDocumentId),
        isLoaded: (documentId) => repo.handles[documentId]?.isReady() === true,
        load: async (documentId) => {
          await repo.find(documentId);
          evictor.touch(documentId);
        },
        stillWanted: () => !closing && adapter.isMirror(peerId),
        logger,
      }).catch((error: unknown) => logger({ level: "error", event: "mirror-walk-failed", error: String(error) }));
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, perMessageDeflate: false });
  const server = createServer(
    createHttpHandler({
      health,
      metrics: () => renderPrometheus(metrics, { ...health(), connections: adapter.connectionCount }),
      webRoot: options.web,
      tokenRequired: options.token !== undefined,
    }),
  );
  server.on(
    "upgrade",
    createUpgradeHandler({
      wss,
      metrics,
      logger,
      accept: (socket, info) => adapter.accept(socket, info),
      policy: {
        token: options.token,
        mirrorToken: options.mirrorToken,
        maxConnections: limits.maxConnections,
        connectionCount: () => adapter.connectionCount,
        closing: () => closing,
      },
    }),
  );
  server.on("clientError", (_error, socket) => socket.destroy());
  let port: number;
  try {
    port = await listen(server, options.port ?? 3030, host);
  } catch (error) {
    evictor.stop();
    adapter.disconnect();
    throw error;
  }
  const url = `ws://${host.includes(":") ? `[${host}]` : host}:${port}/`;
  logger({ level: "info", event: "relay-listening", url, dataDir: options.dataDir, peerId: repo.peerId });
  for (const peer of options.peers ?? []) adapter.dial(peer);

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      closing = true;
      evictor.stop();
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      adapter.disconnect();
      // Only ready documents: flushing one nobody had would reject (DESIGN.md §7).
      await walks;
      await repo.flush(readyDocuments());
      await gate.drainAndShut();
      for (const socket of wss.clients) socket.terminate();
      server.closeAllConnections();
      await serverClosed;
      logger({ level: "info", event: "relay-closed" });
    })());

  return { url, port, host, dataDir: options.dataDir, peerId: repo.peerId, repo, close };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
