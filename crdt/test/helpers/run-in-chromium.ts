import { createServer, type Server } from "node:http";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, normalize, sep } from "node:path";
import { chromium } from "playwright-core";
import { build } from "vite";

/** Debian's Chromium; install with `apt-get install -y chromium`. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

const CHROMIUM_ARGS: readonly string[] = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]);

const CONTENT_TYPES: Readonly<Record<string, string>> = Object.freeze({
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
});

/** What to run in Chromium. */
export interface RunInChromiumOptions {
  /** Absolute path of the page's entry module (TypeScript is fine). It must set `globalThis.__result`. */
  readonly entry: string;
  /** JSON-able data the page finds in `globalThis.__input` before its entry runs. */
  readonly input?: unknown;
  /**
   * Host name the page is loaded from. Default "127.0.0.1" (a secure context: `crypto.subtle`
   * exists). Any other name is mapped to 127.0.0.1 by Chromium's resolver, so traffic stays on
   * loopback, but the page is then plain http on a non-local name: not a secure context, like a
   * phone on `http://LAN-address`.
   */
  readonly host?: string;
  /** How long to wait for `__result`, in ms. Default 60 s. */
  readonly timeoutMs?: number;
}

/** Bundles `entry` (and what it imports) with Vite into `outDir/entry.js`, plus an index.html. */
async function bundle(entry: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    envFile: false,
    logLevel: "silent",
    publicDir: false,
    root: outDir,
    build: {
      outDir,
      emptyOutDir: false,
      write: true,
      minify: false,
      sourcemap: false,
      target: "es2022",
      modulePreload: false,
      rolldownOptions: { input: entry, output: { format: "es", entryFileNames: "entry.js" } },
    },
  });
  await writeFile(
    join(outDir, "index.html"),
    '<!doctype html>\n<meta charset="utf-8">\n<title>test page</title>\n<script type="module" src="/entry.js"></script>\n',
  );
}

/** Serves the files of `dir` on 127.0.0.1 on a free port. Resolves once listening. */
async function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    const type = CONTENT_TYPES[file.slice(file.lastIndexOf("."))];
    if (!file.startsWith(dir + sep) || type === undefined) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return server;
}

/**
 * Bundles `entry` with Vite into a temp folder, serves it over http on loopback, opens it in a
 * fresh headless Chromium (new profile each run), waits for the page to set
 * `globalThis.__result` and returns that value. Everything is closed and the folder removed
 * afterwards, whatever happens.
 * @throws {Error} if the build fails, the page throws (uncaught error or rejected promise), or no
 *   result arrives in time.
 */
export async function runInChromium<T>(options: RunInChromiumOptions): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "chapterhouse-chromium-"));
  let server: Server | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    await bundle(options.entry, dir);
    server = await serve(dir);
    const { port } = server.address() as AddressInfo;
    const host = options.host ?? "127.0.0.1";
    const args = host === "127.0.0.1" ? [...CHROMIUM_ARGS] : [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${host} 127.0.0.1`];
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args });
    const page = await (await browser.newContext()).newPage();
    const pageError = new Promise<never>((_, reject) => {
      page.on("pageerror", (error) => reject(new Error(`page error: ${error.message}`)));
    });
    pageError.catch(() => undefined); // also observed by the race below; never unhandled
    await page.addInitScript((input: unknown) => {
      (globalThis as { __input?: unknown }).__input = input;
    }, options.input ?? null);
    await page.goto(`http://${host}:${port}/`);
    const done = page.waitForFunction(() => "__result" in globalThis, null, { timeout: options.timeoutMs ?? 60_000 });
    done.catch(() => undefined); // a page error wins the race; the pending wait then fails on close
    await Promise.race([done, pageError]);
    return (await page.evaluate(() => (globalThis as { __result?: unknown }).__result)) as T;
  } finally {
    await browser?.close();
    if (server) {
      const closing = server;
      closing.closeAllConnections();
      await new Promise<void>((resolve) => closing.close(() => resolve()));
    }
    await rm(dir, { recursive: true, force: true });
  }
}
