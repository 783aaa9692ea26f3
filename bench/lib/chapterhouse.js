// Helpers the benchmarks share (not a benchmark: run.js runs only bench/*.js): the built CLI,
// run as a child with its peak memory reported, and the signature checks of a bundle.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isParsed, parseRecord } from "@chapterhouse/crdt/records";
import { decodeVoteBundle } from "@chapterhouse/crdt/report";
import { recordSignatureCheck } from "@chapterhouse/crdt/verify";

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
// The CLI as the `chapterhouse` command runs it: bundled by `npm run build`.
const MAIN = path.join(root, "crdt", "dist", "cli-bundle", "main.js");

// Loaded before the CLI: prints the process's peak resident memory (kB) and processor time (µs,
// user and system), its threads included, last on stderr.
const PEAK_MEMORY = `data:text/javascript,${encodeURIComponent('import { writeSync } from "node:fs"; process.on("exit", () => { const u = process.resourceUsage(); writeSync(2, `maxrss ${u.maxRSS} cpu ${u.userCPUTime + u.systemCPUTime}\\n`); });')}`;

/** Runs the built CLI; returns wall seconds, exit status, output, peak resident bytes and processor seconds. Throws if it cannot start. */
export function chapterhouse(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", PEAK_MEMORY, MAIN, ...args], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, timeout: 3_600_000 });
  const seconds = (performance.now() - started) / 1000;
  if (run.error) throw run.error;
  const match = /maxrss (\d+) cpu (\d+)\n$/.exec(run.stderr);
  const stderr = match === null ? run.stderr : run.stderr.slice(0, match.index);
  return { seconds, status: run.status, stdout: run.stdout, stderr, peakBytes: match === null ? NaN : Number(match[1]) * 1024, cpuSeconds: match === null ? NaN : Number(match[2]) / 1e6 };
}

/** `chapterhouse verify --stats` of `file` with `args`: the run and its timings line. Throws if it exits 2 or fails. */
export function verifyStats(file, args = []) {
  const run = chapterhouse(["verify", "--stats", ...args, file]);
  if (run.status !== 0 && run.status !== 1) throw new Error(`verify exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return { run, stats: JSON.parse(run.stderr.trim().split("\n").pop()) };
}

/** `chapterhouse simulate` of the benchmarks' vote (seed "bench") into `file`, with `extra` arguments; throws if it fails. */
export function simulate(file, { voters, chapters, rule }, extra = []) {
  const run = chapterhouse(["simulate", "--voters", String(voters), "--rule", rule, "--chapters", String(chapters), "--seed", "bench", ...extra, "--out", file]);
  if (run.status !== 0) throw new Error(`simulate failed: ${run.stderr}`);
  return run;
}

/**
 * Every signature check of a bundle's readable records, built before anything is timed, as the
 * chokepoint builds them (`recordSignatureCheck`: packed for a worker straight from the texts).
 */
export function checksOf(text) {
  const checks = [];
  for (const document of decodeVoteBundle(text).documents) {
    for (const texts of Object.values(document.records)) {
      for (const recordText of Object.values(texts)) {
        const parsed = parseRecord(recordText);
        if (!isParsed(parsed)) continue;
        checks.push(recordSignatureCheck(parsed));
      }
    }
  }
  return checks;
}
