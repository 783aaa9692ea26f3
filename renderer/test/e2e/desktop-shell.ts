/**
 * The desktop shell emulated for Chromium, since Electron's binary cannot run here: the modules
 * of @chapterhouse/electron do the work, only Electron's own plumbing is replaced.
 * - `serveAppProtocol`: the `chapterhouse://app` protocol handler (app-protocol.ts
 *   serveAppRequest, with its resolution and its Content-Security-Policy header) answering over
 *   http on 127.0.0.1, a secure context like the app's scheme.
 * - `startDesktopMain`: the main process's services (key vault, signing, relay settings, meeting
 *   host on the real embedded relay) and its IPC handlers, in this Node process.
 * - `installDesktopPreload`: the compiled preload (electron/dist/preload.cjs) run in every page
 *   of a browser context, its `ipcRenderer.invoke` carried to the main's dispatch (guards
 *   included) by a Playwright binding, with the page's origin standing for the app's.
 * Not a test file: shared by the desktop-*.test.ts files.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { MIN_VAULT_PARAMS } from "@chapterhouse/crdt/identity";
import {
  APP_ORIGIN,
  DESKTOP_REQUEST_TYPES,
  createDesktopHandlers,
  createKeyVault,
  createMeetingHost,
  createRelaySettings,
  createSigningService,
  dispatchDesktopRequest,
  pageContentSecurityPolicy,
  serveAppRequest,
  textFileStore,
  type DesktopHandlers,
  type KeyVault,
  type MeetingHost,
  type RelaySettings,
} from "@chapterhouse/electron";
import { silentLogger, startRelay, type RelayHandle } from "@chapterhouse/sync-server";
import type { BrowserContext } from "playwright-core";

/** The emulated app protocol. */
export interface AppProtocolServer {
  /** `http://127.0.0.1:PORT/`, standing for `chapterhouse://app/`. */
  readonly url: string;
  /** Requests answered so far, as `status path`. */
  readonly served: readonly string[];
  close(): Promise<void>;
}

/**
 * Serves the renderer build in `root` as the desktop's app protocol does: every request is
 * rewritten onto `chapterhouse://app`, answered by serveAppRequest with `policy()` as its CSP,
 * and the Response written back as is.
 */
export async function serveAppProtocol(root: string, policy: () => string): Promise<AppProtocolServer> {
  const served: string[] = [];
  const server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? "/", `${APP_ORIGIN}/`);
    const request = new Request(url, { method: incoming.method ?? "GET" });
    serveAppRequest(request, { root, contentSecurityPolicy: policy, readFile: (path) => readFile(path) })
      .then(async (response) => {
        served.push(`${response.status} ${url.pathname}`);
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        served.push(`500 ${url.pathname}`);
        outgoing.writeHead(500).end(String(error));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The emulated main process. */
export interface DesktopMain {
  readonly handlers: DesktopHandlers;
  readonly vault: KeyVault;
  readonly relays: RelaySettings;
  readonly meetings: MeetingHost;
  /** The page's CSP now, as main.ts computes it for each response. */
  policy(): string;
  /** The hosted meeting's relay (the real embedded relay), while it runs. */
  meetingRelay(): RelayHandle | undefined;
  /** Calls that were refused or failed, as the dispatch logged them. */
  readonly log: string[];
  /** Stops the meeting and deletes the user data folder. */
  close(): Promise<void>;
}

/**
 * Starts the desktop's services over a fresh user data folder, as main.ts composes them: the
 * key vault (no OS keychain here, so passphrases; the weakest scrypt parameters), signing with
 * the wall clock, relay settings, a meeting host offering the loopback interface and serving
 * `webRoot` to phones. No mDNS, no dialogs (cancelled).
 */
export async function startDesktopMain(webRoot: string): Promise<DesktopMain> {
  const userData = await mkdtemp(join(tmpdir(), "chapterhouse-desktop-"));
  const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));
  const vault = createKeyVault({
    store: textFileStore(join(userData, "vault.json")),
    keychain: {
      isEncryptionAvailable: () => false,
      encryptString: () => Promise.reject(new Error("no keychain")),
      decryptString: () => Promise.reject(new Error("no keychain")),
    },
    randomBytes,
    sealOptions: { params: MIN_VAULT_PARAMS },
  });
  const relays = createRelaySettings(textFileStore(join(userData, "relays.json")));
  await relays.load();
  let relay: RelayHandle | undefined;
  const meetings = createMeetingHost({
    startRelay: async (options) => (relay = await startRelay({ ...options, logger: silentLogger })),
    randomBytes,
    interfaces: () => [{ name: "lo", address: "127.0.0.1", kind: "loopback" }],
    dataDir: join(userData, "meeting-relay"),
    webRoot,
  });
  const handlers = createDesktopHandlers({
    vault,
    signing: createSigningService({ identity: () => vault.identity(), now: () => Date.now() }),
    relays,
    interfaces: () => [{ name: "lo", address: "127.0.0.1", kind: "loopback" }],
    meetings,
    discovery: { meetings: () => [], refresh: () => undefined },
    bundles: {
      chooseSavePath: () => Promise.resolve(undefined),
      chooseOpenPath: () => Promise.resolve(undefined),
      writeFile: () => Promise.reject(new Error("no files in this test")),
      readFile: () => Promise.reject(new Error("no files in this test")),
    },
    // This test's "system" has no notifications.
    notifier: { show: () => false },
  });
  const log: string[] = [];
  return {
    handlers,
    vault,
    relays,
    meetings,
    policy: () => pageContentSecurityPolicy(relays.current(), meetings.status()),
    meetingRelay: () => (meetings.status().type === "hosting" ? relay : undefined),
    log,
    async close() {
      await meetings.stop().catch(() => undefined);
      await rm(userData, { recursive: true, force: true });
    },
  };
}

/**
 * Runs the compiled preload in every page of `context` (as Electron runs it in every page of
 * the window), its IPC carried to `main`'s dispatch. The sender URL is the calling frame's URL
 * with `app.url`'s origin replaced by the app's, so pages of the app are trusted and any other
 * page (about:blank included) is refused as in Electron.
 */
export async function installDesktopPreload(
  context: BrowserContext,
  main: DesktopMain,
  app: AppProtocolServer,
): Promise<void> {
  const preloadPath = join(
    dirname(createRequire(import.meta.url).resolve("@chapterhouse/electron")),
    "preload.cjs",
  );
  const preload = await readFile(preloadPath, "utf8");
  const appOrigin = new URL(app.url).origin;
  await context.exposeBinding("__chapterhouseIpc", (source, channel: unknown, ...args: unknown[]) => {
    const frameUrl = source.frame.url();
    const sender = frameUrl.startsWith(`${appOrigin}/`)
      ? `${APP_ORIGIN}${frameUrl.slice(appOrigin.length)}`
      : frameUrl;
    const type = typeof channel === "string" ? channel.replace(/^chapterhouse:/, "") : "";
    const known = DESKTOP_REQUEST_TYPES.find((t) => t === type);
    if (known === undefined)
      return { type: "error", code: "invalid-argument", message: `no channel ${String(channel)}` };
    return dispatchDesktopRequest(main.handlers, known, sender, args, {
      warn: (message) => main.log.push(`warn ${message}`),
      error: (message, error) => main.log.push(`error ${message} ${String(error)}`),
    });
  });
  // A sandboxed preload's `require` gives Electron's modules only; here a stand-in `electron`.
  await context.addInitScript({
    content: `(() => {
      const listeners = new Map();
      const electron = {
        contextBridge: {
          exposeInMainWorld(key, api) {
            Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true });
          },
        },
        ipcRenderer: {
          invoke: (channel, ...args) => window.__chapterhouseIpc(channel, ...args),
          on(channel, listener) { listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)); },
          removeListener(channel, listener) { listeners.get(channel)?.delete(listener); },
        },
      };
      const require = (name) => {
        if (name !== "electron") throw new Error("a sandboxed preload cannot require " + name);
        return electron;
      };
      const module = { exports: {} };
      (function (require, exports, module) {\n${preload}\n})(require, module.exports, module);
    })();`,
  });
}
