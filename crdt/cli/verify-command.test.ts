import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { canonicalize, recordIdOf } from "@chapterhouse/crdt/records";
import { decodeVoteBundle, encodeVoteBundle, type VoteBundleError } from "@chapterhouse/crdt/report";
import { simulateVote } from "@chapterhouse/crdt/simulation";
import { webCryptoVerifier, type Verifier } from "@chapterhouse/crdt/verify";
import { ThreadPool } from "./thread-pool.js";
import { threadVerifier } from "./thread-verifier.js";
import { runVerify, verifyCommand } from "./verify-command.js";

// In-process, against the built package (as tally-command.test.ts); main-votes.test.ts spawns the built CLI.
const subtle = globalThis.crypto.subtle;
const verifier = webCryptoVerifier(subtle);
let text: string;

beforeAll(async () => {
  const { bundle } = await simulateVote({ voters: 40, rule: "majority", chapters: 2, seed: "verify-command" }, subtle);
  text = encodeVoteBundle(bundle);
});

/** The bundle with one ballot text changed by `edit`, stored under the new text's id. */
function withBallot(edit: (text: string) => string): string {
  const bundle = decodeVoteBundle(text);
  const documents = bundle.documents.map((document) => {
    if (document.type !== "ballot-box" || !document.records["ballots"]) return document;
    const [first, ...rest] = Object.entries(document.records["ballots"]);
    const changed = edit(first![1]);
    return { ...document, records: { ...document.records, ballots: Object.fromEntries([...rest, [recordIdOf(changed), changed]]) } };
  });
  return encodeVoteBundle({ ...bundle, documents });
}

describe("chapterhouse verify", () => {
  it("[V11.1] a simulated bundle verifies: the report as canonical JSON on stdout, exit 0", async () => {
    const result = await runVerify(text, verifier);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { verified: boolean; matches: boolean; type: string };
    expect(report).toMatchObject({ type: "chapterhouse-vote-report", verified: true, matches: true });
    expect(result.stdout.endsWith("}\n")).toBe(true);
    expect((await runVerify(text, verifier)).stdout).toBe(result.stdout);
  });

  it("[V11.1] a forged ballot is a problem: exit 1, the record named on stderr and in the report", async () => {
    const forged = withBallot((ballot) => ballot.replace(/"seq":1/, '"seq":7'));
    const result = await runVerify(forged, verifier);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { problems: { record: string; problem: string }[] };
    const problem = report.problems.find((p) => p.problem === "invalid-signature");
    expect(problem).toBeDefined();
    expect(result.stderr).toContain(`invalid-signature ${problem!.record}`);
  });

  it("[V11.1] a ballot replayed from another proposal is a problem: exit 1", async () => {
    const { bundle: other } = await simulateVote({ voters: 3, rule: "majority", chapters: 1, seed: "elsewhere" }, subtle);
    const replayed = Object.values(other.documents.find((d) => d.type === "ballot-box")!.records["ballots"]!)[0]!;
    const mixed = withBallot((ballot) => ballot); // unchanged
    const bundle = decodeVoteBundle(mixed);
    const box = bundle.documents.find((d) => d.type === "ballot-box")!;
    const documents = bundle.documents.map((d) => (d === box ? { ...d, records: { ...d.records, ballots: { ...d.records["ballots"], [recordIdOf(replayed)]: replayed } } } : d));
    const result = await runVerify(encodeVoteBundle({ ...bundle, documents }), verifier);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(recordIdOf(replayed));
  });

  it("[V9.3] a simulated bundle whose decision's kind was damaged does not verify: exit 1, the record named", async () => {
    const damaged = text.replace(String.raw`\"kind\":\"decision\"`, String.raw`\"kind\":\"ducision\"`);
    expect(damaged).not.toBe(text);
    const result = await runVerify(damaged, verifier);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/malformed \S+: \[D3\.4\] wrong-id/);
  });

  it("[V9.4] a record key that is a lone surrogate gets a report, the key written with U+FFFD: exit 1", async () => {
    const bundle = JSON.parse(text) as { documents: { type: string; records: Record<string, Record<string, string>> }[] };
    const ballots = bundle.documents.find((d) => d.type === "ballot-box")!.records["ballots"]!;
    ballots["\ud800"] = Object.values(ballots)[0]!;
    ballots["x\udfff"] = "junk";
    const result = await runVerify(JSON.stringify(bundle), verifier); // JSON.stringify escapes lone surrogates
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { records: { id: string; status: string }[]; problems: { record: string }[] };
    expect(canonicalize(report)).toBe(result.stdout.slice(0, -1));
    expect(report.records.filter((line) => line.id.includes("\ufffd")).map((line) => `${line.id} ${line.status}`)).toEqual(["x\ufffd non-canonical", "\ufffd malformed"]);
    expect(report.problems.map((p) => p.record)).toEqual(expect.arrayContaining(["\ufffd", "x\ufffd"]));
  });

  it("[V10.4] a truncated file, garbage, another JSON document or version exits 2 without a report", async () => {
    for (const bad of [text.slice(0, text.length / 2), "\u0000\u0001garbage", "[]", '{"type":"chapterhouse-vote-bundle","v":2}', "{}", '{"type":"chapterhouse-vote-bundle","v":1,"vote":{},"documents":[]}']) {
      const result = await runVerify(bad, verifier);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^chapterhouse verify: not a vote bundle \((unreadable|not-a-bundle|unsupported-version|malformed)\)/);
    }
  });

  it("[V10.4] [S10] a bundle cut in its last document, found while the threads already check the first ones, exits 2 with the decoder's message; no report, no cache written", async () => {
    const cut = text.slice(0, text.lastIndexOf('"type":"proposal"') - 20);
    let message = "";
    try {
      decodeVoteBundle(cut);
    } catch (error) {
      message = (error as VoteBundleError).message;
    }
    expect(message).toMatch(/^not JSON \(a truncated or damaged file\?\)/);
    const expected = `chapterhouse verify: not a vote bundle (unreadable): ${message}\n`;
    const pool = new ThreadPool(2);
    try {
      const threads = threadVerifier(pool, "node-crypto");
      let checks = 0;
      const counting: Verifier = { backend: threads.backend, parallel: true, verifyBatch: (batch) => ((checks += batch.length), threads.verifyBatch(batch)) };
      expect(await runVerify(cut, counting)).toEqual({ code: 2, stdout: "", stderr: expected });
      expect(checks).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
    const folder = await mkdtemp(join(tmpdir(), "chapterhouse-verify-cut-"));
    const file = join(folder, "vote.json");
    await writeFile(file, cut);
    const cache = join(folder, "cache");
    const result = await verifyCommand.run(["--threads", "2", "--cache", cache, file], { readStdin: () => Promise.reject(new Error("no stdin")) });
    expect(result).toEqual({ code: 2, stdout: "", stderr: expected });
    expect(await readdir(cache)).toEqual([]);
  });

  it("[V10.2] [S10] a bundle whose documents are out of order gets the report of the merged bundle, also once the threads checked the first ones", async () => {
    const bundle = JSON.parse(text) as { documents: unknown[] };
    const reversed = JSON.stringify({ ...bundle, documents: [...bundle.documents].reverse() });
    const pool = new ThreadPool(2);
    try {
      const threads = threadVerifier(pool, "node-crypto");
      const expected = await runVerify(text, threads);
      expect(expected.code).toBe(0);
      expect(await runVerify(reversed, threads)).toEqual(expected);
    } finally {
      await pool.close();
    }
  });

  it("[V11.1] a missing file or a bad argument exits 2; --help exits 0", async () => {
    const io = { readStdin: () => Promise.resolve(text) };
    const missing = await verifyCommand.run(["/nonexistent/vote.json"], io);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/vote\.json/);
    expect((await verifyCommand.run([], io)).code).toBe(2);
    expect((await verifyCommand.run(["--frobnicate", "x"], io)).code).toBe(2);
    expect((await verifyCommand.run(["--help"], io)).code).toBe(0);
  });

  it("[V11.1] [S10] reads FILE from disk, or - from standard input, and --stats adds one JSON line on stderr: the first checks start before the last document is decoded", async () => {
    const folder = await mkdtemp(join(tmpdir(), "chapterhouse-verify-"));
    const file = join(folder, "vote.json");
    await writeFile(file, text);
    const fromFile = await verifyCommand.run(["--stats", file], { readStdin: () => Promise.reject(new Error("no stdin")) });
    expect(fromFile.code).toBe(0);
    const stats = JSON.parse(fromFile.stderr) as { seconds: number; signatureSeconds: number; signatures: number; phases: Record<string, number> };
    expect(stats.signatures).toBeGreaterThan(40);
    expect(stats.signatureSeconds).toBeLessThanOrEqual(stats.seconds);
    // When each step ended, since the process started, listed in V11.1's order.
    const steps = ["command", "read", "decoded", "firstCheck", "lastVerdict", "reported"];
    expect(Object.keys(stats.phases)).toEqual(steps);
    const [command, read, decoded, firstCheck, lastVerdict, reported] = steps.map((step) => stats.phases[step]!) as [number, number, number, number, number, number];
    expect(command).toBeGreaterThan(0);
    expect(read).toBeGreaterThanOrEqual(command);
    expect(firstCheck).toBeGreaterThanOrEqual(read);
    // S10: the threads check the first documents while the last is still to be decoded.
    expect(firstCheck).toBeLessThan(decoded);
    expect(lastVerdict).toBeGreaterThanOrEqual(firstCheck);
    expect(reported).toBeGreaterThanOrEqual(Math.max(decoded, lastVerdict));
    expect(reported - read).toBeLessThanOrEqual(stats.seconds);
    const fromStdin = await verifyCommand.run(["-"], { readStdin: () => Promise.resolve(text) });
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });
});
