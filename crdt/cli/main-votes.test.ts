import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The built CLI, bundled as the `chapterhouse` command runs it; `npm test` builds it before the tests run (docs/ARCHITECTURE.md).
const MAIN = fileURLToPath(new URL("../dist/cli-bundle/main.js", import.meta.url));

// Loaded before the CLI: prints the process's peak resident memory (kB) as the last line of stderr.
const PEAK_MEMORY = `data:text/javascript,${encodeURIComponent('import { writeSync } from "node:fs"; process.on("exit", () => writeSync(2, `maxrss ${process.resourceUsage().maxRSS}\\n`));')}`;

function chapterhouse(args: readonly string[], stdin = ""): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [MAIN, ...args], { input: stdin, encoding: "utf8", timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI and reads its peak resident memory, in bytes, off its stderr. */
function measured(args: readonly string[], stdin = ""): { status: number | null; stdout: string; stderr: string; peakBytes: number } {
  const run = spawnSync(process.execPath, ["--import", PEAK_MEMORY, MAIN, ...args], { input: stdin, encoding: "utf8", timeout: 60_000, maxBuffer: 1 << 20 });
  if (run.error) throw run.error;
  const match = /maxrss (\d+)\n$/.exec(run.stderr);
  if (match === null) throw new Error(`no peak memory reported: ${run.stderr}`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.slice(0, match.index), peakBytes: Number(match[1]) * 1024 };
}

describe("the built chapterhouse CLI: simulate and verify", () => {
  it("[V11.1] [V11.2] node crdt/dist/cli-bundle/main.js simulate writes a bundle that verify verifies (exit 0); a truncated copy exits 2", () => {
    const folder = mkdtempSync(join(tmpdir(), "chapterhouse-cli-"));
    const file = join(folder, "vote.json");
    const simulated = chapterhouse(["simulate", "--voters", "30", "--rule", "schulze", "--chapters", "3", "--seed", "cli", "--out", file]);
    expect(simulated.stderr).toBe("");
    expect(simulated.status).toBe(0);
    const verified = chapterhouse(["verify", file]);
    expect(verified.stderr).toBe("");
    expect(verified.status).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ verified: true, matches: true });
    const truncated = join(folder, "truncated.json");
    const text = readFileSync(file, "utf8");
    writeFileSync(truncated, text.slice(0, Math.floor(text.length * 0.7)));
    const refused = chapterhouse(["verify", truncated]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/^chapterhouse verify: not a vote bundle \(unreadable\)/);
  });

  it("[V10.4] [R1.6] 16 MiB of nesting, from a file or standard input, is refused with exit 2 in bounded memory", () => {
    const folder = mkdtempSync(join(tmpdir(), "chapterhouse-cli-"));
    const file = join(folder, "deep.json");
    const deep = "[".repeat(16 * 1024 * 1024);
    writeFileSync(file, deep);
    for (const run of [measured(["verify", file]), measured(["verify", "-"], deep)]) {
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^chapterhouse verify: not a vote bundle \(unreadable\): nested deeper than 32 at offset 32\n$/);
      // Reading is refused at the 33rd bracket: the input and its text, not 1 GB of JSON.parse's nesting (issue 9).
      expect(run.peakBytes).toBeLessThan(256 * 1024 * 1024);
    }
  });

  it("[V10.4] [R1.4] a bundle with a duplicate member name is refused with exit 2, never read last-one-wins", () => {
    const folder = mkdtempSync(join(tmpdir(), "chapterhouse-cli-"));
    const file = join(folder, "vote.json");
    expect(chapterhouse(["simulate", "--voters", "5", "--rule", "majority", "--chapters", "1", "--seed", "dup", "--out", file]).status).toBe(0);
    const text = readFileSync(file, "utf8");
    // A junk text under a ballot's key, then the genuine one: JSON.parse would keep the last and hide the first.
    const shadowed = text.replace(/"ballots":\{("[^"]+"):/, '"ballots":{$1:"junk",$1:');
    const top = text.replace('{"documents":', '{"v":2,"documents":');
    for (const bad of [shadowed, top]) {
      expect(bad).not.toBe(text);
      const run = chapterhouse(["verify", "-"], bad);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^chapterhouse verify: not a vote bundle \(unreadable\): duplicate member name "[^"]+" at offset \d+\n$/);
    }
  });
});
