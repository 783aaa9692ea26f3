// Benchmark of the map of chapters (issue 13: "the map with 5,000 chapters: time to first draw,
// longest task"), in Debian's Chromium: the UI kit's WorldMap (renderer/src/shared/ui/WorldMap.tsx)
// on a test page (renderer/test/pages/world-map) built with Vite and served by the project's
// relay, with 5,000 chapters at seeded places, against the same page with none (the floor: the
// page, React and the land, Natural Earth 1:110m from world-atlas, loaded and drawn). Times are
// from navigation start to the first frame showing the land and every cluster; the longest
// main-thread task is from a `longtask` observer installed before the page loads. Median of 5 loads.
// Usage: node bench/run.js map
/* global window -- functions handed to page.evaluate run in the page */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { silentLogger, startRelay } from "@chapterhouse/sync-server";
import { build } from "vite";
import { launchChromium } from "./browser/app-steps.js";

const CHAPTERS = 5_000;
const LOADS = 5;
const pagesDir = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), "renderer", "test", "pages");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One load of the page with `n` chapters: time to first draw, the longest task, how many clusters. */
async function load(page, url, n) {
  await page.goto("about:blank");
  await page.goto(`${url}#n=${n}`);
  await page.waitForFunction(() => window.__mapDrawn !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => ({
    firstDrawMs: Math.round(window.__mapDrawn),
    longestTaskMs: Math.round(Math.max(0, ...window.__benchLongTasks.map((task) => task.duration))),
    clusters: window.__mapClusters,
  }));
}

/** Median figures of LOADS loads with `n` chapters. */
async function measure(page, url, n) {
  const runs = [];
  for (let i = 0; i < LOADS; i++) runs.push(await load(page, url, n));
  return {
    firstDrawMs: median(runs.map((run) => run.firstDrawMs)),
    longestTaskMs: median(runs.map((run) => run.longestTaskMs)),
    clusters: runs[0].clusters,
  };
}

export async function run() {
  const outDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-map-"));
  const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-map-relay-"));
  let relay;
  let browser;
  try {
    await build({ root: path.join(pagesDir, "world-map"), configFile: path.join(pagesDir, "vite.config.ts"), logLevel: "warn", build: { outDir, emptyOutDir: true } });
    relay = await startRelay({ port: 0, host: "127.0.0.1", dataDir, web: outDir, logger: silentLogger });
    browser = await launchChromium();
    const url = `http://127.0.0.1:${relay.port}/`;
    const floor = await measure(browser.page, url, 0);
    const chapters = await measure(browser.page, url, CHAPTERS);
    return { chapters: CHAPTERS, loads: LOADS, map: chapters, floorNoChapters: floor, problems: browser.problems };
  } finally {
    await browser?.close();
    await relay?.close();
    await rm(outDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}
