import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The built CLI, as `npm test` builds it before the tests run (docs/ARCHITECTURE.md).
const MAIN = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));

function chapterhouse(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [MAIN, ...args], { encoding: "utf8", timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the built chapterhouse CLI: simulate and verify", () => {
  it("[V11.1] [V11.2] node crdt/dist/cli/main.js simulate writes a bundle that verify verifies (exit 0); a truncated copy exits 2", () => {
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
});
