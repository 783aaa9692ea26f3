// A Chromium trace of the renderer bench's "chapter after reload" (issue 10), page and worker:
// the bench's steps up to its reloads (the chapter of 1,000 proposals joined and shown, the
// 10,000-voter vote joined and opened), then for each reload the whole of it traced — the reload,
// the unlock, the settling, and the timed hash change to the 1,000th row — with the renderer's
// threads' tasks, scripts and V8 samples (the main thread and the verification worker alike).
// Writes each trace as JSON (`<out>-<n>.json`, for chrome://tracing or bench/browser/trace-report.js).
// Usage: node bench/browser/trace-chapter-reload.js <out prefix> [reloads]
/* global window */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { silentLogger, startRelay } from "@chapterhouse/sync-server";
import { createIdentity, goHome, joinWithLink, launchChromium, openApp, reloadAndUnlock, settle, timeNavigation, timeUntil } from "./app-steps.js";
import { buildApp } from "./build-app.js";
import { traced } from "./main-thread-tasks.js";
import { seedProposals, seedVote } from "./seed-organisations.js";

const PASSPHRASE = "bench passphrase";
const CATEGORIES = [
  "__metadata",
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "blink.user_timing",
  "disabled-by-default-v8.cpu_profiler",
];

const [out = path.join(tmpdir(), "chapter-reload-trace"), reloadsArg = "2"] = process.argv.slice(2);
const reloads = Number(reloadsArg);
const minify = process.env.TRACE_MINIFY === "1";
const withVote = process.env.TRACE_NO_VOTE !== "1";
const log = (text) => process.stderr.write(`trace: ${text}\n`);
const cleanup = [];

try {
  log("seeding…");
  const chapter = await seedProposals({ count: 1000 });
  const vote = withVote ? await seedVote({ voters: 10_000, chapters: 40, rule: "schulze" }) : undefined;
  const chapterSaved = chapter.documents.save();
  const voteSaved = vote?.documents.save();
  log("building…");
  const appDir = await buildApp({ minify });
  cleanup.push(() => rm(appDir, { recursive: true, force: true }));
  const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-trace-relay-"));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  const relay = await startRelay({ port: 0, host: "127.0.0.1", dataDir, web: appDir, logger: silentLogger });
  cleanup.unshift(() => relay.close());
  chapter.documents.importInto(relay.repo, chapterSaved);
  if (vote !== undefined) vote.documents.importInto(relay.repo, voteSaved);
  const appUrl = `http://127.0.0.1:${relay.port}/`;
  const browser = await launchChromium();
  cleanup.unshift(() => browser.close());
  const { page } = browser;
  // Each call's arguments too (TRACE_ARGS=1): which documents a read was asked about.
  if (process.env.TRACE_ARGS === "1")
    await browser.context.addInitScript(() => {
      window.__traceArgs = [];
      const post = window.Worker.prototype.postMessage;
      window.Worker.prototype.postMessage = function (message, ...rest) {
        if (message?.type === "APPLY") window.__traceArgs.push({ at: performance.now(), type: (message.path ?? []).join("."), args: JSON.stringify(message.argumentList).slice(0, 2000) });
        return post.call(this, message, ...rest);
      };
    });
  page.setDefaultTimeout(300_000);
  await openApp(page, appUrl);
  await createIdentity(page, "Bench", PASSPHRASE);
  await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
  const orgA = chapter.join.o;
  const chapterHash = `#/org/${orgA}/chapter/${chapter.chapter}/proposals`;
  const listReady = [[`ul[aria-label="Proposals of ${chapter.chapterName}"]`, 1000]];
  log("joining the chapter…");
  await joinWithLink(page, appUrl, relay.url, chapter.join, chapter.chapterName);
  await page.evaluate((hash) => (window.location.hash = hash), chapterHash);
  await page.waitForFunction(([selector, count]) => (window.document.querySelector(selector)?.childElementCount ?? 0) >= count, listReady[0]);
  const orgs = [orgA];
  const names = [chapter.chapterName];
  if (vote !== undefined) {
    log("joining the vote's organisation and opening the vote…");
    await joinWithLink(page, appUrl, relay.url, vote.join, vote.chapterName);
    await goHome(page);
    await settle(page, [orgA, vote.join.o]);
    const voteHash = `#/org/${vote.join.o}/chapter/${vote.chapter}/proposal/${vote.proposal}/vote`;
    await timeNavigation(page, voteHash, [['[data-testid="vote-verdict"][data-verified="true"]', null]]);
    orgs.push(vote.join.o);
    names.push(vote.chapterName);
  }
  for (let i = 0; i < reloads; i++) {
    log(`reload ${i + 1} of ${reloads} (traced)…`);
    const { result, events } = await traced(page, async () => {
      await reloadAndUnlock(page, appUrl, PASSPHRASE, names);
      await page.evaluate(() => window.performance.mark("bench-unlocked"));
      await settle(page, orgs);
      await page.evaluate(() => window.performance.mark("bench-settled"));
      // The hash change marked in the trace (user timing "bench-nav"), as timeNavigation times it.
      return timeUntil(page, listReady, () =>
        page.evaluate((hash) => {
          window.performance.mark("bench-nav");
          window.location.hash = hash;
        }, chapterHash),
      );
    }, CATEGORIES);
    // Every call to the worker since the reload, its times relative to the hash change.
    const calls = await page.evaluate(() => {
      const nav = window.performance.getEntriesByName("bench-nav")[0]?.startTime ?? 0;
      return {
        reads: window.__benchWorkerReads.map((r) => ({ type: r.type, atMs: Math.round(r.start - nav), ms: r.end === undefined ? null : Math.round(r.end - r.start) })),
        args: (window.__traceArgs ?? []).map((a) => ({ ...a, at: Math.round(a.at - nav) })),
      };
    });
    const file = `${out}-${i + 1}.json`;
    await writeFile(file, JSON.stringify({ timing: result, calls, traceEvents: events }));
    log(`${file}: domMs ${result.domMs}, frameMs ${result.frameMs}, reads ${JSON.stringify(result.workerReads)}`);
    await goHome(page);
  }
} finally {
  for (const step of cleanup) await step().catch(() => undefined);
}
