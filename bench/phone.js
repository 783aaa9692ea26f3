// Phone-class benchmark (issue 15): the 10,000-voter vote of bench/votes.js verified with the
// pure-JS fallback, tweetnacl — what a page on an insecure origin has (a phone on
// http://LAN-address: no crypto.subtle), measured two ways:
// - Node: `chapterhouse verify --backend tweetnacl` on one worker thread per core, its report
//   byte for byte the same as with the default backend;
// - Chromium: a page served on a made-up host name mapped to 127.0.0.1 (`--host-resolver-rules`),
//   so plain http and not a secure context, checks every signature of the bundle on one Web
//   Worker per core, each worker running the backend `createVerifier` picks there (tweetnacl),
//   through crdt's packed batches (S10). Only the signatures: the rest of the verification is
//   measured in Node by bench/votes.js, and is a small part of the whole at these speeds.
// `run()` returns JSON-able figures.
import { createServer } from "node:http";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";
import { packChecks } from "@chapterhouse/crdt/verify";
import { checksOf, simulate, verifyStats } from "./lib/chapterhouse.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const HOST = "phone.chapterhouse.test";
const CONTENT_TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".bin": "application/octet-stream" };

const round = (x, digits = 1) => Number(x.toFixed(digits));
const load = () => round(loadavg()[0], 2);

/** Builds the page (bench/phone/page.js and its worker) into `dir`. */
async function buildPage(dir) {
  await build({
    configFile: false,
    envDir: false,
    logLevel: "silent",
    publicDir: false,
    root: here,
    worker: { format: "es" },
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      target: "es2022",
      modulePreload: false,
      rolldownOptions: { input: path.join(here, "phone", "page.js"), output: { format: "es", entryFileNames: "page.js" } },
    },
  });
  await writeFile(path.join(dir, "index.html"), '<!doctype html>\n<meta charset="utf-8">\n<title>phone-class verification</title>\n<script type="module" src="/page.js"></script>\n');
}

/** Serves the files of `dir` on 127.0.0.1 on a free port. */
async function serve(dir) {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://x").pathname;
    const file = path.normalize(path.join(dir, pathname === "/" ? "index.html" : pathname));
    const type = CONTENT_TYPES[path.extname(file)];
    if (!file.startsWith(dir + path.sep) || type === undefined) return void response.writeHead(404).end();
    readFile(file).then(
      (body) => response.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  return server;
}

/** The signatures of `checks`, packed in parts of `chunk`, checked in Chromium on an insecure origin. */
async function inChromium(checks, chunk) {
  const dir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-phone-"));
  let server;
  let browser;
  try {
    await buildPage(dir);
    let parts = 0;
    for (let start = 0; start < checks.length; start += chunk) await writeFile(path.join(dir, `part-${parts++}.bin`), packChecks(checks.slice(start, start + chunk)).bytes);
    await writeFile(path.join(dir, "parts.json"), JSON.stringify({ parts }));
    server = await serve(dir);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
    const page = await browser.newPage();
    const failed = new Promise((_, reject) => page.on("pageerror", (error) => reject(new Error(`the page failed: ${error.message}`))));
    failed.catch(() => undefined); // also observed by the race below
    await page.goto(`http://${HOST}:${server.address().port}/`);
    const done = page.waitForFunction(() => "__result" in globalThis, null, { timeout: 3_600_000, polling: 1000 });
    done.catch(() => undefined); // a page error wins the race; the pending wait then fails on close
    await Promise.race([done, failed]);
    return await page.evaluate(() => globalThis.__result);
  } finally {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the benchmark for `voters` (one neighbourhood per 250), parts of `chunk` checks in the page. */
export async function run({ voters = 10_000, rule = "schulze", chunk = 512 } = {}) {
  const folder = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-phone-"));
  try {
    const file = path.join(folder, "vote.json");
    const chapters = Math.min(1000, Math.max(1, Math.ceil(voters / 250)));
    process.stderr.write(`bench phone: simulating ${voters} voters…\n`);
    simulate(file, { voters, chapters, rule });
    const checks = checksOf(await readFile(file, "utf8"));

    process.stderr.write(`bench phone: verifying ${checks.length} signed records with tweetnacl in Node…\n`);
    const reference = verifyStats(file);
    const nodeLoad = load();
    const node = verifyStats(file, ["--backend", "tweetnacl"]);

    process.stderr.write(`bench phone: checking them in Chromium on an insecure origin…\n`);
    const chromiumLoad = load();
    const page = await inChromium(checks, chunk);
    return {
      benchmark: "phone",
      voters,
      signedRecords: checks.length,
      node: {
        backend: node.stats.backend,
        threads: node.stats.threads,
        wallSeconds: round(node.run.seconds),
        signatureSeconds: round(node.stats.signatureSeconds),
        checksPerSecondPerThread: Math.round(node.stats.signatures / node.stats.signatureSeconds / node.stats.threads),
        sameReport: node.run.stdout === reference.run.stdout,
        load: nodeLoad,
      },
      chromium: {
        secureContext: page.secureContext,
        backends: page.backends,
        workers: page.threads,
        signatureSeconds: round(page.seconds),
        checksPerSecondPerWorker: Math.round(page.checks / page.seconds / page.threads),
        allValid: page.valid === checks.length && page.checks === checks.length,
        load: chromiumLoad,
      },
      cores: availableParallelism(),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
