// Benchmark of a vote at full scale in the app (issue 15: "the app: a 100,000-ballot vote opened
// in Chromium — time to the verified result and longest main-thread task"), on the app built as
// the end-to-end tests build it, served by the project's relay, which holds the documents:
// 1. a closed 100,000-voter vote: timed from the hash change to the proposal page's verdict
//    "Verified on this device" with its verification panel (every document arriving from the
//    relay, every signature new), and the longest main-thread task meanwhile (target ≤ 50 ms);
//    beside it, the Node floor of the same records: every document loaded (`Automerge.load`) and
//    `verifyVote` over them with one verifier (WebCrypto, every signature checked);
// 2. ballots arriving during a vote: an open vote of about 10,000 ballots is opened and read,
//    then 1,000 more ballots are written into its ballot boxes on the relay (one change per box,
//    as the relay would pass them on); timed from the write to the panel's count of verified
//    ballots showing the new total, with the longest main-thread task meanwhile; beside it, Node
//    verifying the whole vote again and verifying it knowing the earlier records (S8), which is
//    what the app's worker does.
// The votes are signed once and kept in bench/.cache/ (git-ignored; see bench/browser/cached-vote.js).
// Usage: node bench/run.js app-vote
//   BENCH_APP_VOTE_VOTERS=20000 (the full-scale vote's size, default 100,000; its seed is kept per size)
//   BENCH_APP_VOTE_ARRIVING=0 (skips part 2, the ballots arriving; default 1,000 ballots)
//   BENCH_APP_VOTE_APP_ROOT=/other/checkout/renderer (the app built from another checkout's renderer, for
//     a before/after pair; the relay, the seed and the floor stay this checkout's)
//   BENCH_APP_VOTE_PROFILE=1 (the app built unminified, the join and the first open of part 1
//     traced and profiled: each main-thread task over 50 ms with the functions that held it,
//     `fullScale.profile`; the profiler slows the page, so the times of such a run are not figures)
/* global document, window -- functions handed to page.evaluate run in the page */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import * as A from "@automerge/automerge";
import { addRecord } from "@chapterhouse/crdt/documents";
import { verifyVote } from "@chapterhouse/crdt/report";
import { VerifiedCache, createVerifier } from "@chapterhouse/crdt/verify";
import { silentLogger, startRelay } from "@chapterhouse/sync-server";
import { appVerification, createIdentity, goHome, joinWithLink, launchChromium, openApp, settle, timeNavigation, timeUntil } from "./browser/app-steps.js";
import { buildApp } from "./browser/build-app.js";
import { cachedVote } from "./browser/cached-vote.js";
import { withLongTaskProfile } from "./browser/long-task-profile.js";
import { withMainThreadTasks } from "./browser/main-thread-tasks.js";
import { importSaved } from "./browser/seed-documents.js";

const PASSPHRASE = "bench passphrase";
const TARGET_LONGEST_TASK_MS = 50;
const VERIFIED = ['[data-testid="vote-verdict"][data-verified="true"]', null];

const ms = (started) => Math.round(performance.now() - started);
const load = () => loadavg().map((x) => Math.round(x * 100) / 100);

/**
 * A timed sample: its times, its long tasks, and per kind of worker read sent meanwhile, how many,
 * the slowest answer, and the longest the main thread spent sending one (cloning its input) and
 * reading one (deserialising its answer).
 */
function sample(timing) {
  const reads = {};
  for (const read of timing.workerReads) {
    const entry = (reads[read.type] ??= { count: 0, slowestMs: 0, slowestSendMs: 0, slowestReceiveMs: 0 });
    entry.count++;
    entry.slowestMs = Math.max(entry.slowestMs, read.ms ?? 0);
    entry.slowestSendMs = Math.max(entry.slowestSendMs, read.postMs ?? 0);
    entry.slowestReceiveMs = Math.max(entry.slowestReceiveMs, read.receiveMs ?? 0);
  }
  return {
    domMs: timing.domMs,
    frameMs: timing.frameMs,
    longestTaskMs: Math.max(0, ...timing.longTasks),
    longTasks: timing.longTasks.length,
    longTaskMs: timing.longTasks.reduce((a, b) => a + b, 0),
    workerReads: reads,
    // The five longest blocking frames, with the scripts that ran in them (what held the main thread).
    longestFrames: [...timing.longFrames].sort((a, b) => b.blockingMs - a.blockingMs).slice(0, 5),
  };
}

/** The vote's bundle with the arriving ballots in their boxes. */
function withArrived(bundle, arriving) {
  const documents = bundle.documents.map((document) => ({ ...document, records: { ...document.records, ballots: { ...(document.records.ballots ?? {}) } } }));
  for (const { document, record } of arriving) documents.find((entry) => entry.url === document).records.ballots[record.id] = record.text;
  return { ...bundle, documents };
}

/**
 * The Node floor of a vote: every document loaded, and `verifyVote` with a new verifier. Throws
 * if the vote has a problem (for a vote still open, any but its missing close, V5.8).
 */
async function floorOf(vote, { open = false } = {}) {
  let started = performance.now();
  for (const document of vote.saved) A.load(document.bytes);
  const loadMs = ms(started);
  const verifier = await createVerifier();
  started = performance.now();
  const report = await verifyVote(vote.bundle, verifier);
  const verifyMs = ms(started);
  const problems = report.problems.filter((problem) => !(open && problem.problem === "no-close"));
  if (problems.length > 0) throw new Error(`the seeded vote does not verify in Node: ${JSON.stringify(problems.slice(0, 3))}`);
  return { backend: verifier.backend, documents: vote.saved.length, signedRecords: report.records.length, ballots: report.ballots, loadMs, verifyVoteMs: verifyMs, totalMs: loadMs + verifyMs };
}

/** The Node floor of the ballots arriving into the open vote: before, after with every signature checked, and knowing the earlier records (S8). */
async function floorOfArriving(open, log) {
  log("the Node floor of the arriving ballots…");
  const before = await floorOf(open, { open: true });
  const full = withArrived(open.bundle, open.arriving);
  let started = performance.now();
  const fullReport = await verifyVote(full, await createVerifier());
  const fullMs = ms(started);
  const known = new VerifiedCache(1_000_000);
  await verifyVote(open.bundle, await createVerifier(), { verified: known });
  started = performance.now();
  await verifyVote(full, await createVerifier(), { verified: known });
  const knownMs = ms(started);
  log(`arriving floor: every signature ${fullMs} ms, new signatures only ${knownMs} ms`);
  return { before, fullReport, fullMs, knownMs };
}

/** Part 2: the open vote joined and read, then its arriving ballots written on the relay and timed to the panel's new count. */
async function ballotsArriving(page, { appUrl, relay, open, floor }, log) {
  const { before, fullReport, fullMs, knownMs } = floor;
  log(`joining the organisation of the open vote…`);
  await joinWithLink(page, appUrl, relay.url, open.join, open.chapterName);
  await goHome(page);
  await settle(page, [open.join.o]);
  const openHash = `#/org/${open.join.o}/chapter/${open.chapter}/proposal/${open.proposal}/vote`;
  const first = sample(await timeNavigation(page, openHash, [['[data-testid="ballots-verified"]', null, before.ballots.eligible]]));
  await settle(page, [open.join.o]);
  log(`${open.arriving.length} ballots arriving…`);
  const byBox = new Map();
  for (const entry of open.arriving) byBox.set(entry.document, [...(byBox.get(entry.document) ?? []), entry]);
  const arrivalLoad = load();
  const arrival = sample(
    await timeUntil(page, [['[data-testid="ballots-verified"]', null, fullReport.ballots.eligible]], async () => {
      for (const [url, entries] of byBox) {
        const handle = await relay.repo.find(url);
        handle.change((doc) => {
          for (const { record } of entries) addRecord(doc.ballots, record);
        });
      }
    }),
  );
  return {
    ballotsBefore: before.ballots,
    arriving: open.arriving.length,
    ballotsAfter: fullReport.ballots,
    boxesWritten: byBox.size,
    measured:
      "ballots written into the boxes on the relay -> the panel's count of verified ballots shows the new total (domMs), next frame (frameMs); long tasks meanwhile",
    load: arrivalLoad,
    firstOpen: first,
    update: arrival,
    floor: {
      measured: "Node: verifyVote of the whole vote with a new verifier (every signature), and with the earlier records' ids known (S8: only the new signatures checked)",
      everySignatureMs: fullMs,
      newSignaturesOnlyMs: knownMs,
    },
    targetMet: arrival.longestTaskMs <= TARGET_LONGEST_TASK_MS,
  };
}

/** Runs the benchmark: a closed vote of `voters` voters; an open one of `arrivingVoters` into which `arriving` ballots arrive. */
export async function run({
  voters = Number(process.env.BENCH_APP_VOTE_VOTERS ?? 100_000),
  chapters = 400,
  rule = "schulze",
  arrivingVoters = 12_000,
  arriving = Number(process.env.BENCH_APP_VOTE_ARRIVING ?? 1_000),
  profile = process.env.BENCH_APP_VOTE_PROFILE === "1",
} = {}) {
  const log = (text) => process.stderr.write(`bench app-vote: ${text}\n`);
  const cleanup = [];
  try {
    const loadAtStart = load();
    let started = performance.now();
    const big = await cachedVote({ voters, chapters, rule, seed: "scale" }, log);
    const open = arriving > 0 ? await cachedVote({ voters: arrivingVoters, chapters: 40, rule, seed: "arriving", arriving }, log) : undefined;
    const seedMs = ms(started);

    log(`the Node floor of the ${voters}-voter vote…`);
    const bigFloor = await floorOf(big);
    log(`floor: ${JSON.stringify(bigFloor)}`);
    const arrivingFloor = open === undefined ? undefined : await floorOfArriving(open, log);

    log("building the app (vite build --mode test)…");
    const appDir = await buildApp({ minify: !profile, ...(process.env.BENCH_APP_VOTE_APP_ROOT ? { root: process.env.BENCH_APP_VOTE_APP_ROOT } : {}) });
    cleanup.push(() => rm(appDir, { recursive: true, force: true }));
    const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-relay-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const relay = await startRelay({ port: 0, host: "127.0.0.1", dataDir, web: appDir, logger: silentLogger });
    cleanup.unshift(() => relay.close());
    const relayBytes = importSaved(relay.repo, big.saved) + (open === undefined ? 0 : importSaved(relay.repo, open.saved));
    const appUrl = `http://127.0.0.1:${relay.port}/`;

    const browser = await launchChromium();
    cleanup.unshift(() => browser.close());
    const { page } = browser;
    page.setDefaultTimeout(1_800_000);
    await openApp(page, appUrl);
    await createIdentity(page, "Bench", PASSPHRASE);
    await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
    const verification = await appVerification(page);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const panel = () =>
      page.evaluate(() => ({
        ballotsVerified: document.querySelector('[data-testid="ballots-verified"]')?.textContent ?? null,
        verdict: document.querySelector('[data-testid="vote-verdict"]')?.textContent ?? null,
      }));

    // 1. The 100,000-voter vote.
    // Each step traced: its main-thread tasks' CPU time beside their wall time (on a loaded
    // machine a task's wall time is mostly its wait for a core); or, profiling, by function.
    const profiled = (step) => (profile ? withLongTaskProfile(page, step) : withMainThreadTasks(page, step, { scripts: false }));
    log(`joining the organisation of the ${voters}-voter vote…`);
    const joinLoad = load();
    const joining = await profiled(async () => {
      const since = await page.evaluate(() => performance.now());
      const joinStarted = performance.now();
      await joinWithLink(page, appUrl, relay.url, big.join, big.chapterName, 1_800_000);
      const joinMs = ms(joinStarted);
      log(`joined in ${joinMs} ms`);
      await goHome(page);
      await settle(page, [big.join.o], { timeoutMs: 300_000 });
      // The long tasks from the click on "Join" until the page settled (its organisation read, a second without one).
      const { tasks, workerReads } = await page.evaluate(
        (since) => ({
          tasks: window.__benchLongTasks.filter((t) => t.start >= since).map((t) => Math.round(t.duration)),
          workerReads: window.__benchWorkerReads
            .filter((r) => r.start >= since)
            .map((r) => ({ type: r.type, postMs: r.postMs, ms: r.end === undefined ? null : r.end - r.start, receiveMs: r.receiveMs ?? null })),
        }),
        since,
      );
      return { joinMs, settledMs: ms(joinStarted), tasks, workerReads };
    });
    const { joinMs: bigJoinMs } = joining.result;
    log("opening the vote…");
    const bigLoad = load();
    const bigHash = `#/org/${big.join.o}/chapter/${big.chapter}/proposal/${big.proposal}/vote`;
    const opening = await profiled(async () => sample(await timeNavigation(page, bigHash, [VERIFIED, ['[data-testid="ballots-verified"]', null]], 1_800_000)));
    const bigOpen = opening.result;
    log(`opened: ${JSON.stringify(bigOpen)}`);
    const bigPanel = await panel();
    // The page's dedicated workers: the verification worker and its check workers (S10).
    const workers = page.workers().map((worker) => path.basename(new URL(worker.url()).pathname));

    // 2. Ballots arriving during a vote.
    const ballotsArrive = open === undefined ? { skipped: "BENCH_APP_VOTE_ARRIVING=0" } : await ballotsArriving(page, { appUrl, relay, open, floor: arrivingFloor }, log);

    return {
      benchmark: "app-vote",
      chromium: browser.version,
      cores: { node: availableParallelism(), page: cores },
      loadAverage: { start: loadAtStart, end: load() },
      app: { build: "vite build --mode test", served: "by the relay (web)", ...verification, workers },
      seed: { seedMs, relayBytes, cached: "bench/.cache", big: big.summary, open: open?.summary ?? null },
      fullScale: {
        voters,
        chapters,
        rule,
        measured:
          "hash change -> the proposal page's verdict 'Verified on this device' and its panel in the DOM (domMs), next frame (frameMs); documents from the relay, every signature new; long tasks: main-thread tasks over 50 ms meanwhile",
        joinMs: bigJoinMs,
        join: {
          measured: "the click on 'Join' -> the chapter's heading (joinMs), then Home until the organisation is read and a second passes without a long task (settledMs); main-thread tasks over 50 ms meanwhile",
          load: joinLoad,
          settledMs: joining.result.settledMs,
          longestTaskMs: Math.max(0, ...joining.result.tasks),
          longTasks: joining.result.tasks.length,
          longTaskMs: joining.result.tasks.reduce((a, b) => a + b, 0),
          targetMet: Math.max(0, ...joining.result.tasks) <= TARGET_LONGEST_TASK_MS,
          workerReads: sample({ longTasks: [], longFrames: [], workerReads: joining.result.workerReads }).workerReads,
          ...(joining.tasks === undefined ? {} : { cpu: joining.tasks }),
        },
        load: bigLoad,
        firstOpen: { ...bigOpen, ...(opening.tasks === undefined ? {} : { cpu: opening.tasks }) },
        panel: bigPanel,
        floor: { measured: "Node: Automerge.load of every document, and verifyVote with one new verifier (every signature checked), once each", ...bigFloor },
        ratioToNodeFloor: Math.round((bigOpen.frameMs / bigFloor.totalMs) * 100) / 100,
        targetLongestTaskMs: TARGET_LONGEST_TASK_MS,
        targetMet: bigOpen.longestTaskMs <= TARGET_LONGEST_TASK_MS,
        ...(profile ? { profile: { join: { longTasks: joining.longTasks, byFunction: joining.byFunction }, open: { longTasks: opening.longTasks, byFunction: opening.byFunction } } } : {}),
      },
      ballotsArrive,
      problems: browser.problems.filter((p) => !/relay\.json/.test(p)).slice(0, 20),
    };
  } finally {
    for (const step of cleanup) await step().catch(() => undefined);
  }
}
