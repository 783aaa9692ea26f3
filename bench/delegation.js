// Benchmark of a vote with delegation (docs/PROTOCOL.md DG) through the built CLI: the same
// simulated vote (seed "bench", one neighbourhood per 250 voters) without delegation and with
// 30 % of the members delegating to a member picked at random (chains up to `depth`, each voter
// carrying at most `cap`), each written by `chapterhouse simulate` and verified by
// `chapterhouse verify --stats`: wall time with process start, in-process time and peak resident
// memory side by side. Both must verify (exit 0); the delegated one's report must account for
// every member. Default 100,000 voters (issue 14); BENCH_DELEGATION_VOTERS sets another size for
// a quick run. `run()` returns JSON-able figures.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { simulate, verifyStats } from "./lib/chapterhouse.js";

const round = (x, digits = 3) => Number(x.toFixed(digits));
const mib = (bytes) => Math.round(bytes / 1024 / 1024);

/** Simulates and verifies one vote; throws unless it verifies. */
function measure(file, vote, extra) {
  const simulated = simulate(file, vote, extra);
  const load = round(loadavg()[0], 2);
  const { run, stats } = verifyStats(file);
  if (run.status !== 0) throw new Error(`the vote did not verify: ${run.stderr.slice(0, 2000)}`);
  const report = JSON.parse(run.stdout);
  return {
    report,
    figures: {
      bundleMiB: mib(statSync(file).size),
      simulateSeconds: round(simulated.seconds),
      loadBeforeVerify: load,
      verifyWallSeconds: round(run.seconds),
      verifySeconds: round(stats.seconds),
      verifyPeakMiB: mib(run.peakBytes),
      signatures: stats.signatures,
    },
  };
}

/** Runs the benchmark: `voters` members, `percent` of them delegating. */
export async function run({ voters = Number(process.env.BENCH_DELEGATION_VOTERS ?? 100_000), percent = 30, depth = 3, cap = 100, rule = "schulze" } = {}) {
  const folder = mkdtempSync(path.join(tmpdir(), "chapterhouse-bench-delegation-"));
  const vote = { voters, chapters: Math.min(1000, Math.max(1, Math.ceil(voters / 250))), rule };
  try {
    process.stderr.write(`bench delegation: ${voters} voters without delegation…\n`);
    const plain = measure(path.join(folder, "plain.json"), vote, []);
    process.stderr.write(`bench delegation: ${voters} voters, ${percent} % delegating…\n`);
    const delegated = measure(path.join(folder, "delegated.json"), vote, ["--delegating", String(percent), "--depth", String(depth), "--cap", String(cap)]);
    const { totals, concentration, taken } = delegated.report.delegation;
    const lost = Object.values(totals.lost).reduce((sum, count) => sum + count.members, 0);
    if (totals.direct.members + totals.carried.members + totals.absent.members + lost !== delegated.report.electorate.members) throw new Error("the report does not account for every member");
    return {
      benchmark: "delegation",
      voters,
      percent,
      depth,
      cap,
      delegations: taken,
      carried: totals.carried.members,
      lost: Object.fromEntries(Object.entries(totals.lost).map(([reason, count]) => [reason, count.members])),
      largestShare: concentration.largest,
      withoutDelegation: plain.figures,
      withDelegation: delegated.figures,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
