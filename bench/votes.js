// Benchmark of vote verification (docs/PROTOCOL.md V9–V11, S8, S10) through the built CLI, for
// each size (default 10,000 and 100,000 voters, one neighbourhood per 250):
// - `chapterhouse simulate` writes the bundle (wall time, peak memory), which must be byte for
//   byte what the code before issue 15 wrote for the same arguments (sha256 below);
// - `chapterhouse verify --stats` verifies it: wall time with process start, in-process time,
//   peak resident memory of the whole process (its threads included); its report must be byte for
//   byte what the code before issue 15 printed;
// - beside it, in the same run, the floor: the same signatures (built before anything is timed)
//   checked by the same backend on every core — one `verifyBatch` of all of them through a pool
//   of one worker thread per core, already started — measured before and after the CLI run;
// - the same verification again with `--cache` (S8), the second run of which checks nothing;
// - a phone-class run (sizes up to 10,000): `--backend tweetnacl`, the pure-JS fallback of a page
//   on an insecure origin (a phone on http://LAN-address), on every core.
// The machine may be shared: each run states the load average before it. `run()` returns
// JSON-able figures.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeVoteBundle, fromBase64url, isParsed, parseRecord, signingBytesOf } from "@chapterhouse/crdt";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const MAIN = path.join(root, "crdt", "dist", "cli", "main.js");
// The built CLI's own pool and backends: the floor runs exactly what `verify` runs.
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

// Loaded before the CLI: prints the process's peak resident memory (kB, threads included) last on stderr.
const PEAK_MEMORY = `data:text/javascript,${encodeURIComponent('import { writeSync } from "node:fs"; process.on("exit", () => writeSync(2, `maxrss ${process.resourceUsage().maxRSS}\\n`));')}`;

/** Runs the built CLI with its peak memory reported; returns wall seconds, status, output and peak bytes. */
function chapterhouse(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", PEAK_MEMORY, MAIN, ...args], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, timeout: 3_600_000 });
  const seconds = (performance.now() - started) / 1000;
  if (run.error) throw run.error;
  const match = /maxrss (\d+)\n$/.exec(run.stderr);
  const stderr = match === null ? run.stderr : run.stderr.slice(0, match.index);
  return { seconds, status: run.status, stdout: run.stdout, stderr, peakBytes: match === null ? NaN : Number(match[1]) * 1024 };
}

/** `verify --stats` of `file` with `args`; throws if it exits 2 or fails. */
function verify(file, args = []) {
  const run = chapterhouse(["verify", "--stats", ...args, file]);
  if (run.status !== 0 && run.status !== 1) throw new Error(`verify exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  const stats = JSON.parse(run.stderr.trim().split("\n").pop());
  return { run, stats, reportSha256: sha256(run.stdout) };
}

/** Every signature check of a bundle, built before anything is timed. */
function checksOf(text) {
  const checks = [];
  for (const document of decodeVoteBundle(text).documents) {
    for (const texts of Object.values(document.records)) {
      for (const recordText of Object.values(texts)) {
        const parsed = parseRecord(recordText);
        if (!isParsed(parsed)) continue;
        checks.push({ publicKey: fromBase64url(parsed.envelope.signer), message: signingBytesOf(parsed), signature: fromBase64url(parsed.envelope.sig) });
      }
    }
  }
  return checks;
}

/** Seconds one `verifyBatch` of `checks` takes on a started pool; throws if a signature fails. */
async function floor(pool, backend, checks) {
  const verifier = threadVerifier(pool, backend);
  const started = performance.now();
  const verdicts = await verifier.verifyBatch(checks);
  const seconds = (performance.now() - started) / 1000;
  if (verdicts.some((v) => v !== true)) throw new Error("a bundle signature failed");
  return seconds;
}

/**
 * Runs the benchmark for each number of voters, spread over one neighbourhood per `perChapter`
 * voters; the phone-class run for sizes up to `phoneUpTo`.
 */
export async function run({ sizes = [10_000, 100_000], perChapter = 250, rule = "schulze", phoneUpTo = 10_000 } = {}) {
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
      const simulated = chapterhouse(["simulate", "--voters", String(voters), "--rule", rule, "--chapters", String(chapters), "--seed", "bench", "--out", file]);
      if (simulated.status !== 0) throw new Error(`simulate failed: ${simulated.stderr}`);
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
      const floorSeconds = (floors.runs[0] + floors.runs[1]) / 2;

      process.stderr.write(`bench votes: verifying again with a cache…\n`);
      const cache = path.join(folder, `cache-${voters}`);
      const firstCached = verify(file, ["--cache", cache]);
      const cached = verify(file, ["--cache", cache]);

      let phone = null;
      if (voters <= phoneUpTo) {
        process.stderr.write(`bench votes: verifying with tweetnacl (a phone on an insecure origin)…\n`);
        const phoneLoad = load();
        const slow = verify(file, ["--backend", "tweetnacl"]);
        phone = {
          backend: "tweetnacl",
          threads,
          wallSeconds: round(slow.run.seconds, 1),
          signatureSeconds: round(slow.stats.signatureSeconds, 1),
          checksPerSecondPerThread: Math.round(slow.stats.signatures / slow.stats.signatureSeconds / threads),
          sameReport: slow.reportSha256 === verified.reportSha256,
          load: phoneLoad,
        };
      }

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
          peakMiB: mib(verified.run.peakBytes),
          backend: verified.stats.backend,
          threads: verified.stats.threads,
          sameReportAsBefore: before === undefined ? null : verified.reportSha256 === before.report,
          load: verified.load,
        },
        floor: {
          backend,
          threads,
          checks: checks.length,
          seconds: round(floorSeconds),
          runs: floors.runs.map((s) => round(s)),
          poolStartSeconds: round(floors.poolStartSeconds),
          load: floors.load,
        },
        ratio: {
          wallToFloor: round(verified.run.seconds / floorSeconds, 2),
          inProcessToFloor: round(verified.stats.seconds / floorSeconds, 2),
        },
        cachedRerun: {
          firstWallSeconds: round(firstCached.run.seconds),
          wallSeconds: round(cached.run.seconds),
          signatures: cached.stats.signatures,
          cached: cached.stats.cached,
          sameReport: cached.reportSha256 === verified.reportSha256 && firstCached.reportSha256 === verified.reportSha256,
        },
        phone,
      });
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { benchmark: "votes", node: process.version, targets: TARGETS, results };
}
