// Benchmark of vote verification (docs/PROTOCOL.md V9–V11) through the built CLI: for each size,
// `chapterhouse simulate` writes a bundle, `chapterhouse verify --stats` verifies it (wall time,
// in-process time, share of time awaiting signature checks, peak memory), and beside it, in the
// same run and with the same backend, the floor: verifying the bundle's own signatures (the same
// number, from the same distinct keys) with one `verifyBatch`, and the signatures of the ballots
// alone (one distinct key each). `run()` returns JSON-able figures.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createVerifier, decodeVoteBundle, fromBase64url, isParsed, parseRecord, signingBytes } from "@chapterhouse/crdt";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const MAIN = path.join(root, "crdt", "dist", "cli", "main.js");

/** Runs the built CLI; returns wall seconds, exit status and output. Throws if it cannot start. */
function chapterhouse(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [MAIN, ...args], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, timeout: 3_600_000 });
  if (run.error) throw run.error;
  return { seconds: (performance.now() - started) / 1000, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every signature check of a bundle (and those of its ballots), built before anything is timed. */
function checksOf(text) {
  const bundle = decodeVoteBundle(text);
  const all = [];
  const ballots = new Map();
  for (const document of bundle.documents) {
    for (const texts of Object.values(document.records)) {
      for (const recordText of Object.values(texts)) {
        const parsed = parseRecord(recordText);
        if (!isParsed(parsed)) continue;
        const { envelope } = parsed;
        const check = { publicKey: fromBase64url(envelope.signer), message: signingBytes(envelope), signature: fromBase64url(envelope.sig) };
        all.push(check);
        if (envelope.kind === "ballot" && !ballots.has(envelope.signer)) ballots.set(envelope.signer, check);
      }
    }
  }
  return { all, ballots: [...ballots.values()] };
}

/** Seconds one `verifyBatch` of `checks` takes; throws if a signature fails. */
async function floor(verifier, checks) {
  const started = performance.now();
  const verdicts = await verifier.verifyBatch(checks);
  const seconds = (performance.now() - started) / 1000;
  if (verdicts.some((v) => v !== true)) throw new Error("a bundle signature failed");
  return seconds;
}

const round = (x, digits = 3) => Number(x.toFixed(digits));

/**
 * Runs the benchmark for each number of voters (default 10,000 and 100,000), spread over one
 * neighbourhood per `perChapter` voters.
 */
export async function run({ sizes = [10_000, 100_000], perChapter = 250, rule = "schulze" } = {}) {
  const verifier = await createVerifier();
  const folder = mkdtempSync(path.join(tmpdir(), "chapterhouse-bench-votes-"));
  const results = [];
  try {
    for (const voters of sizes) {
      const file = path.join(folder, `vote-${voters}.json`);
      const chapters = Math.min(1000, Math.max(1, Math.ceil(voters / perChapter)));
      process.stderr.write(`bench votes: simulating ${voters} voters in ${chapters} neighbourhoods…\n`);
      const simulated = chapterhouse(["simulate", "--voters", String(voters), "--rule", rule, "--chapters", String(chapters), "--seed", "bench", "--out", file]);
      if (simulated.status !== 0) throw new Error(`simulate failed: ${simulated.stderr}`);
      const text = readFileSync(file, "utf8");
      const checks = checksOf(text);
      process.stderr.write(`bench votes: verifying ${checks.all.length} signed records…\n`);
      const floorBefore = await floor(verifier, checks.all);
      const verified = chapterhouse(["verify", "--stats", file]);
      const floorAfter = await floor(verifier, checks.all);
      const ballotFloor = await floor(verifier, checks.ballots);
      if (verified.status !== 0) throw new Error(`verify exited ${verified.status}: ${verified.stderr.slice(0, 2000)}`);
      const stats = JSON.parse(verified.stderr.trim().split("\n").pop());
      const floorSeconds = (floorBefore + floorAfter) / 2;
      results.push({
        voters,
        chapters,
        rule,
        bundleBytes: statSync(file).size,
        signedRecords: checks.all.length,
        simulate: { wallSeconds: round(simulated.seconds, 1) },
        verify: {
          wallSeconds: round(verified.seconds),
          inProcessSeconds: round(stats.seconds),
          signatureSeconds: round(stats.signatureSeconds),
          signatureShare: round(stats.signatureSeconds / stats.seconds, 2),
          peakRssMiB: Math.round(stats.maxRssBytes / 1024 / 1024),
          backend: stats.backend,
        },
        floor: {
          backend: verifier.backend,
          allSignatures: { checks: checks.all.length, seconds: round(floorSeconds), runs: [round(floorBefore), round(floorAfter)] },
          ballotsOnly: { checks: checks.ballots.length, seconds: round(ballotFloor) },
        },
        ratio: {
          inProcessToAllSignaturesFloor: round(stats.seconds / floorSeconds, 2),
          wallToAllSignaturesFloor: round(verified.seconds / floorSeconds, 2),
          inProcessToBallotsOnlyFloor: round(stats.seconds / ballotFloor, 2),
        },
      });
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { benchmark: "votes", node: process.version, target: "verification within 2x the floor of the same signatures", results };
}
