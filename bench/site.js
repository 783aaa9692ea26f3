// Benchmark of a chapter's site in Debian's Chromium (issue 12: "a chapter site page with 1,000
// topics (time to first screen, longest task)"), on the app built as the end-to-end tests build
// it, served by the project's relay, which holds the chapter. The chapter's Chapter document
// indexes 1,000 forum topics in 10 categories and 200 blog posts (PROTOCOL.md FO3, BL2: creation
// records only, no text). Timed from the hash change to the section's first screen in the DOM and
// the next frame, with the main-thread tasks over 50 ms meanwhile, for its Forum (each category's
// newest 20 topics), Blog and Home page sections: first right after joining (every signature new),
// then the median of revisits from Home (records held).
// Usage: node bench/run.js site
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { silentLogger, startRelay } from "@chapterhouse/sync-server";
import {
  createIdentity,
  goHome,
  joinWithLink,
  launchChromium,
  openApp,
  settle,
  timeNavigation,
} from "./browser/app-steps.js";
import { buildApp } from "./browser/build-app.js";
import { seedSite } from "./browser/seed-organisations.js";

const TARGET_LONGEST_TASK_MS = 50;

export async function run({ topics = 1_000, categories = 10, posts = 200, navigations = 5 } = {}) {
  const log = (text) => process.stderr.write(`bench site: ${text}\n`);
  const cleanup = [];
  try {
    log(`signing a site of ${topics} topics and ${posts} posts…`);
    const seed = await seedSite({ count: topics, categories, posts });
    const saved = seed.documents.save();
    const appDir = await buildApp();
    cleanup.push(() => rm(appDir, { recursive: true, force: true }));
    const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-relay-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const relay = await startRelay({
      port: 0,
      host: "127.0.0.1",
      dataDir,
      web: appDir,
      logger: silentLogger,
    });
    cleanup.unshift(() => relay.close());
    const seededBytes = seed.documents.importInto(relay.repo, saved);
    const appUrl = `http://127.0.0.1:${relay.port}/`;
    const browser = await launchChromium();
    cleanup.unshift(() => browser.close());
    const { page } = browser;
    page.setDefaultTimeout(120_000);
    await openApp(page, appUrl);
    await createIdentity(page, "Bench", "bench passphrase");
    await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
    log("joining…");
    await joinWithLink(page, appUrl, relay.url, seed.join, seed.chapterName);
    const sections = {
      forum: [["ul.forum-topics", 20]],
      blog: [["ul.blog-posts", Math.min(posts, 1)]],
      site: [["section.site ul", 5]],
    };
    const sample = (timing) => ({
      domMs: timing.domMs,
      frameMs: timing.frameMs,
      longestTaskMs: Math.max(0, ...timing.longTasks),
      longTasks: timing.longTasks.length,
    });
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const figures = {};
    for (const [section, ready] of Object.entries(sections)) {
      const hash = `#/org/${seed.join.o}/chapter/${seed.chapter}/${section}`;
      log(`opening the ${section} section…`);
      await goHome(page);
      await settle(page, [seed.join.o]);
      const first = sample(await timeNavigation(page, hash, ready));
      const visits = [];
      for (let i = 0; i < navigations; i++) {
        await goHome(page);
        await settle(page, [seed.join.o]);
        visits.push(sample(await timeNavigation(page, hash, ready)));
      }
      figures[section] = {
        first,
        revisit: {
          frameMs: median(visits.map((v) => v.frameMs)),
          domMs: median(visits.map((v) => v.domMs)),
          longestTaskMs: Math.max(...visits.map((v) => v.longestTaskMs)),
        },
      };
    }
    const longest = Math.max(
      ...Object.values(figures).flatMap((f) => [f.first.longestTaskMs, f.revisit.longestTaskMs]),
    );
    return {
      benchmark: "site",
      chromium: browser.version,
      chapter: { topics, categories, posts, relayBytes: seededBytes },
      measured:
        "hash change -> the section's first screen in the DOM (domMs) and the next animation frame (frameMs); long tasks: main-thread tasks over 50 ms that started meanwhile",
      sections: figures,
      targetLongestTaskMs: TARGET_LONGEST_TASK_MS,
      targetMet: longest <= TARGET_LONGEST_TASK_MS,
      problems: browser.problems.filter((p) => !/relay\.json/.test(p)).slice(0, 20),
    };
  } finally {
    for (const step of cleanup) await step().catch(() => undefined);
  }
}
