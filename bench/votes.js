// Benchmark of vote verification (docs/PROTOCOL.md V9–V11, S8, S10) through the built CLI, for
// each size (default 10,000 and 100,000 voters, one neighbourhood per 250):
// - `chapterhouse simulate` writes the bundle (wall time, peak memory), which must be byte for
//   byte what the code before issue 15 wrote for the same arguments (sha256 below);
// - `chapterhouse verify --stats` verifies it: wall time with process start, in-process time,
//   processor time and peak resident memory of the whole process (its threads included); its
//   report must be byte for byte what the code before issue 15 printed;
// - beside it, in the same run, the floor: the same signatures (built before anything is timed,
//   as the chokepoint builds them: `recordSignatureCheck`, packed for the workers straight from the
//   record texts) checked by the same backend on every core — one `verifyBatch` of all of them
//   through the CLI's own pool of one worker thread per core, already started, so the floor pays
//   the packing, the hand-over and the verdicts' return but no process or thread start — measured
//   before and after the CLI run, in wall and in processor time (on a shared machine the processor
//   time is the steadier figure);
// - the same verification again with `--cache` (S8), the second run of which checks nothing.
// The phone-class run (the pure-JS fallback) is bench/phone.js.
// The machine may be shared: each run states the load average before it. `run()` returns
// JSON-able figures.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checksOf, simulate, verifyStats } from "./lib/chapterhouse.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// The built CLI's own pool: the floor runs exactly what `verify` runs.
const { ThreadPool } = await import(path.join(root, "crdt", "dist", "cli", "thread-pool.js"));
const { threadVerifier } = await import(path.join(root, "crdt", "dist", "cli", "thread-verifier.js"));

/** sha256 of the bundle `simulate` wrote and the report `verify` printed before issue 15, for `--seed bench --rule schulze` and one neighbourhood per 250 voters. */
const BEFORE = {
  10000: { bundle: "05eb6f92ced6c7de0a15465d65e9882c277ea9d8ee0cac6d859d48d9dec8e3db", report: "23bd91bca97013582b3e63057634fd4d54ceff8f448143572b2f495535803f68" },
  100000: { bundle: "18bbdff4906bd08db01b96e621f8493594bbf280aa9b0d460abf5acce80298e9", report: "aa1669a3dcfb34558b55c686211ab3890a0836e3bf5dfbdf32ea849ce8be7b48" },
};

/** Issue 15's targets. */
const TARGETS = {
  verify100k: { wallSeconds: 15, peakMiB: 1024 },
  verify10kWallToFloor: 1.2,
  simulate100k: { wallSeconds: 60 },
};

const sha256 = (data) => createHash("sha256").update(data).digest("hex");
const round = (x, digits = 3) => Number(x.toFixed(digits));
const mib = (bytes) => Math.round(bytes / 1024 / 1024);
const load = () => round(loadavg()[0], 2);

/** `verify --stats` of `file` with `args`, and the sha256 of its report. */
function verify(file, args = []) {
  const { run, stats } = verifyStats(file, args);
  return { run, stats, reportSha256: sha256(run.stdout) };
}

/** Wall and processor seconds (this process, its threads included) one `verifyBatch` of `checks` takes on a started pool; throws if a signature fails. */
async function floor(pool, backend, checks) {
  const verifier = threadVerifier(pool, backend);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const verdicts = await verifier.verifyBatch(checks);
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  if (verdicts.some((v) => v !== true)) throw new Error("a bundle signature failed");
  return { seconds, cpuSeconds: (user + system) / 1e6 };
}

/**
 * Runs the benchmark for each number of voters, spread over one neighbourhood per `perChapter`
 * voters.
 */
export async function run({ sizes = [10_000, 100_000], perChapter = 250, rule = "schulze" } = {}) {
  const folder = mkdtempSync(path.join(tmpdir(), "chapterhouse-bench-votes-"));
  const threads = availableParallelism();
  const backend = "node-crypto";
  const results = [];
  try {
    for (const voters of sizes) {
      const file = path.join(folder, `vote-${voters}.json`);
      const chapters = Math.min(1000, Math.max(1, Math.ceil(voters / perChapter)));
      const before = rule === "schulze" && perChapter === 250 ? BEFORE[voters] : undefined;
      process.stderr.write(`bench votes: simulating ${voters} voters in ${chapters} neighbourhoods…\n`);
      const simulateLoad = load();
      const simulated = simulate(file, { voters, chapters, rule });
      const text = readFileSync(file, "utf8");
      const checks = checksOf(text);

      process.stderr.write(`bench votes: verifying ${checks.length} signed records…\n`);
      const pool = new ThreadPool(threads);
      let floors;
      let verified;
      try {
        const coldStarted = performance.now();
        await floor(pool, backend, checks.slice(0, threads)); // the threads start and load their backend
        const poolStartSeconds = (performance.now() - coldStarted) / 1000;
        const floorLoad = load();
        const floorBefore = await floor(pool, backend, checks);
        const verifyLoad = load();
        verified = { ...verify(file), load: verifyLoad };
        const floorAfter = await floor(pool, backend, checks);
        floors = { poolStartSeconds, runs: [floorBefore, floorAfter], load: floorLoad };
      } finally {
        await pool.close();
      }
      const floorSeconds = (floors.runs[0].seconds + floors.runs[1].seconds) / 2;
      const floorCpuSeconds = (floors.runs[0].cpuSeconds + floors.runs[1].cpuSeconds) / 2;

      process.stderr.write(`bench votes: verifying again with a cache…\n`);
      const cache = path.join(folder, `cache-${voters}`);
      const firstCached = verify(file, ["--cache", cache]);
      const cached = verify(file, ["--cache", cache]);

      results.push({
        voters,
        chapters,
        rule,
        bundleBytes: statSync(file).size,
        signedRecords: checks.length,
        simulate: {
          wallSeconds: round(simulated.seconds, 1),
          peakMiB: mib(simulated.peakBytes),
          sameBundleAsBefore: before === undefined ? null : sha256(text) === before.bundle,
          load: simulateLoad,
        },
        verify: {
          wallSeconds: round(verified.run.seconds),
          inProcessSeconds: round(verified.stats.seconds),
          signatureSeconds: round(verified.stats.signatureSeconds),
          cpuSeconds: round(verified.run.cpuSeconds),
          peakMiB: mib(verified.run.peakBytes),
          backend: verified.stats.backend,
          threads: verified.stats.threads,
          sameReportAsBefore: before === undefined ? null : verified.reportSha256 === before.report,
          // When each step ended, seconds since the process started (V11.1).
          phases: Object.fromEntries(Object.entries(verified.stats.phases ?? {}).map(([step, seconds]) => [step, round(seconds)])),
          load: verified.load,
        },
        floor: {
          backend,
          threads,
          checks: checks.length,
          seconds: round(floorSeconds),
          runs: floors.runs.map((run) => round(run.seconds)),
          cpuSeconds: round(floorCpuSeconds),
          poolStartSeconds: round(floors.poolStartSeconds),
          load: floors.load,
        },
        ratio: {
          wallToFloor: round(verified.run.seconds / floorSeconds, 2),
          inProcessToFloor: round(verified.stats.seconds / floorSeconds, 2),
          cpuToFloor: round(verified.run.cpuSeconds / floorCpuSeconds, 2),
        },
        cachedRerun: {
          firstWallSeconds: round(firstCached.run.seconds),
          wallSeconds: round(cached.run.seconds),
          signatures: cached.stats.signatures,
          cached: cached.stats.cached,
          sameReport: cached.reportSha256 === verified.reportSha256 && firstCached.reportSha256 === verified.reportSha256,
        },
      });
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { benchmark: "votes", node: process.version, targets: TARGETS, results };
}
