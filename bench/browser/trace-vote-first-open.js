// The renderer bench's "vote first open" (issue 10) traced, several times: the 10,000-voter vote
// (and, unless TRACE_NO_CHAPTER=1, the chapter of 1,000 proposals) seeded on a relay once, then per
// run a fresh Chromium profile creates an identity, joins, settles on Home, and opens the vote while
// Chromium traces the page's main thread. On a loaded machine a task's wall time is mostly waiting
// for a core: each task is given with its CPU time (the trace's `tdur`) too.
// - default: the page's tasks from the trace alone (light: fit for before/after runs): per run the
//   longest task by CPU and by wall, how many took over 15, 30 and 50 ms of CPU, and for each task
//   over the CPU threshold what ran in it (its script calls by function and file, GC, layout…);
// - TRACE_PROFILE=1: V8's sampling profiler too, each task over the thresholds with the functions
//   that held it (bench/browser/long-task-profile.js; its first and last task are the profiler's
//   own start and stop). TRACE_MINIFY=0 keeps the code's names.
// TRACE_APP_ROOT=<checkout>/renderer builds that checkout's app instead (a before/after comparison
// with the same seed and steps).
// Usage: node bench/browser/trace-vote-first-open.js <out.json> [runs] [CPU threshold ms] [wall threshold ms]
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { silentLogger, startRelay } from "@chapterhouse/sync-server";
import { createIdentity, goHome, joinWithLink, launchChromium, openApp, settle, timeNavigation } from "./app-steps.js";
import { buildApp } from "./build-app.js";
import { withLongTaskProfile } from "./long-task-profile.js";
import { traced } from "./main-thread-tasks.js";
import { seedProposals, seedVote } from "./seed-organisations.js";

const PASSPHRASE = "bench passphrase";
const [out = path.join(tmpdir(), "vote-first-open.json"), runsArg = "3", cpuArg = "15", wallArg = "1000"] = process.argv.slice(2);
const cpuThresholdMs = Number(cpuArg);
const wallThresholdMs = Number(wallArg);
const withChapter = process.env.TRACE_NO_CHAPTER !== "1";
const profile = process.env.TRACE_PROFILE === "1";
const minify = process.env.TRACE_MINIFY === undefined ? !profile : process.env.TRACE_MINIFY === "1";
const log = (text) => process.stderr.write(`trace: ${text}\n`);
const round = (value) => Math.round(value * 10) / 10;
const cleanup = [];
const runs = [];

/** The page's main thread in a trace: the renderer main thread that ran the most tasks. */
function mainThread(events) {
  const tasks = events.filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask");
  const count = new Map();
  for (const e of tasks) count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const mains = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const main = mains.sort((a, b) => (count.get(`${b.pid}:${b.tid}`) ?? 0) - (count.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  return { main, tasks: tasks.filter((e) => e.pid === main?.pid && e.tid === main?.tid).sort((a, b) => a.ts - b.ts) };
}

/** Trace events that say what a task ran; garbage collections. */
const MEANINGFUL = /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|V8\.GC.*|MajorGC|MinorGC|Layout|UpdateLayoutTree|Paint|ParseHTML|EvaluateScript|v8\.compile|V8\.DeserializeMessage|.*Serialize.*)$/;
const GC = /^(MajorGC|MinorGC|V8\.GC_.*|V8\.GCScavenger|V8\.GCFinalizeMC|V8\.GCCompactor)$/;

/** What a trace event ran: a script call's function and place, an event's type, else its name. */
function what(e) {
  const data = e.args?.data ?? {};
  if (e.name === "FunctionCall") return `${data.functionName || "(anonymous)"} ${String(data.url ?? "").split("/").pop()}:${data.lineNumber}`;
  if (e.name === "EventDispatch") return `event ${data.type}`;
  if (e.name === "TimerFire") return "timer";
  return e.name;
}

/** The main thread's tasks between the hash change (the trace's "bench-nav" mark) and the screen's frame. */
function tasksOf(events, frameMs) {
  const { main, tasks } = mainThread(events);
  if (main === undefined) return { tasks: [] };
  const nav = events.find((e) => e.name === "bench-nav")?.ts ?? tasks[0]?.ts ?? 0;
  const during = tasks.filter((t) => t.ts >= nav && t.ts < nav + frameMs * 1000);
  const inside = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.name !== "ThreadControllerImpl::RunTask" && e.ts >= nav);
  const over = (ms) => during.filter((t) => (t.tdur ?? 0) > ms * 1000).length;
  const longestCpu = during.reduce((a, b) => ((b.tdur ?? 0) > (a?.tdur ?? -1) ? b : a), undefined);
  const longestWall = during.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), undefined);
  const detail = during
    .filter((t) => (t.tdur ?? 0) > cpuThresholdMs * 1000 || t.dur > wallThresholdMs * 1000)
    .map((t) => {
      // What ran in it: script calls and events (the outermost of each), GC, style and layout.
      const within = inside.filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
      const named = within.filter((e) => MEANINGFUL.test(e.name));
      const top = named.filter((e) => !named.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur && !GC.test(e.name)));
      const gcs = within.filter((e) => GC.test(e.name));
      const gc = gcs.filter((e) => !gcs.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur)).reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
      return {
        atMs: round((t.ts - nav) / 1000),
        wallMs: round(t.dur / 1000),
        cpuMs: round((t.tdur ?? 0) / 1000),
        gcMs: round(gc / 1000),
        kinds: Object.entries(within.reduce((by, e) => ({ ...by, [e.name]: (by[e.name] ?? 0) + (e.tdur ?? e.dur ?? 0) }), {}))
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([name, us]) => `${round(us / 1000)} ${name}`),
        ran: top
          .sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur))
          .slice(0, 6)
          .map((e) => `${round((e.tdur ?? e.dur) / 1000)} ${what(e)}`),
      };
    });
  return {
    longestCpuMs: longestCpu === undefined ? 0 : round(longestCpu.tdur / 1000),
    longestWallMs: longestWall === undefined ? 0 : round(longestWall.dur / 1000),
    overCpu: { 15: over(15), 30: over(30), 50: over(50) },
    overWall50: during.filter((t) => t.dur > 50_000).length,
    cpuMs: round(during.reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000),
    tasks: detail,
  };
}

try {
  log("seeding…");
  const chapter = withChapter ? await seedProposals({ count: 1000 }) : undefined;
  const vote = await seedVote({ voters: 10_000, chapters: 40, rule: "schulze" });
  const chapterSaved = chapter?.documents.save();
  const voteSaved = vote.documents.save();
  log(`building${process.env.TRACE_APP_ROOT ? ` ${process.env.TRACE_APP_ROOT}` : ""}…`);
  const appDir = await buildApp({ minify, ...(process.env.TRACE_APP_ROOT ? { root: process.env.TRACE_APP_ROOT } : {}) });
  cleanup.push(() => rm(appDir, { recursive: true, force: true }));
  const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-trace-relay-"));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  const relay = await startRelay({ port: 0, host: "127.0.0.1", dataDir, web: appDir, logger: silentLogger });
  cleanup.unshift(() => relay.close());
  if (chapter !== undefined) chapter.documents.importInto(relay.repo, chapterSaved);
  vote.documents.importInto(relay.repo, voteSaved);
  const appUrl = `http://127.0.0.1:${relay.port}/`;
  const voteHash = `#/org/${vote.join.o}/chapter/${vote.chapter}/proposal/${vote.proposal}/vote`;
  const voteReady = [['[data-testid="vote-verdict"][data-verified="true"]', null], ['[data-testid="ballots-verified"]', null]];
  for (let i = 0; i < Number(runsArg); i++) {
    const browser = await launchChromium();
    try {
      const { page } = browser;
      page.setDefaultTimeout(300_000);
      await openApp(page, appUrl);
      await createIdentity(page, "Bench", PASSPHRASE);
      await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
      const orgs = [];
      if (chapter !== undefined) {
        await joinWithLink(page, appUrl, relay.url, chapter.join, chapter.chapterName);
        orgs.push(chapter.join.o);
      }
      await joinWithLink(page, appUrl, relay.url, vote.join, vote.chapterName);
      orgs.push(vote.join.o);
      await goHome(page);
      await settle(page, orgs);
      const load = round(loadavg()[0]);
      const open = () =>
        timeNavigation(page, voteHash, voteReady).then((timing) => timing);
      let run;
      if (profile) {
        const { result, longTasks, byFunction } = await withLongTaskProfile(page, open, { thresholdMs: wallThresholdMs, cpuThresholdMs, perTask: 40 });
        run = { load, frameMs: result.frameMs, observedLongTasks: result.longTasks, longTasks, byFunction, workerReads: result.workerReads };
        log(`run ${i + 1}: frameMs ${result.frameMs}, load ${load}, observed long tasks ${JSON.stringify(result.longTasks)}`);
        for (const task of [...longTasks].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 12)) {
          log(`  task at ${task.atMs} ms: ${task.wallMs} ms wall / ${task.cpuMs} ms CPU`);
          for (const [name, taskMs] of task.inclusive.slice(0, 14)) log(`     ${taskMs} ms  ${name.slice(0, 140)}`);
          log(`   self: ${task.self.slice(0, 5).map(([n, m]) => `${m} ${n.slice(0, 80)}`).join(" | ")}`);
        }
      } else {
        const { result, events } = await traced(
          page,
          () => page.evaluate(() => globalThis.performance.mark("bench-nav")).then(open),
          ["__metadata", "toplevel", "devtools.timeline", "blink.user_timing", "v8"],
        );
        run = { load, frameMs: result.frameMs, observedLongTasks: result.longTasks, ...tasksOf(events, result.frameMs) };
        log(`run ${i + 1}: frameMs ${run.frameMs}, load ${load}→${round(loadavg()[0])}, longest task ${run.longestCpuMs} ms CPU / ${run.longestWallMs} ms wall, over 15/30/50 ms CPU ${run.overCpu[15]}/${run.overCpu[30]}/${run.overCpu[50]}, over 50 ms wall ${run.overWall50}, page CPU ${run.cpuMs} ms, observed ${JSON.stringify(result.longTasks)}`);
        for (const t of [...run.tasks].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 15)) log(`  ${t.cpuMs} CPU / ${t.wallMs} wall (GC ${t.gcMs}) @${t.atMs}: ${t.ran.join(" | ")}`);
        if (process.env.TRACE_KINDS === "1") for (const t of [...run.tasks].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 4)) log(`    kinds: ${t.kinds.join(" | ")}`);
      }
      runs.push(run);
    } finally {
      await browser.close();
    }
  }
} finally {
  await writeFile(out, JSON.stringify(runs, null, 1)).catch(() => undefined);
  for (const step of cleanup) await step().catch(() => undefined);
}
