import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// What `npm ci` links: the command the README names, run as `npx chapterhouse …` after `npm run build`.
const LINKED = fileURLToPath(new URL("../../node_modules/.bin/chapterhouse", import.meta.url));
const SCRIPT = fileURLToPath(new URL("../bin/chapterhouse.js", import.meta.url));

function run(command: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the chapterhouse command npm installs", () => {
  it("[T18.5] `npx chapterhouse --help`, the command npm links in node_modules/.bin, lists every command, exit 0", () => {
    const help = run(LINKED, ["--help"]);
    expect(help.stderr).toBe("");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: chapterhouse <command> \[args\]/);
    for (const command of ["tally", "verify", "simulate", "demo", "export", "import"]) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  it("[T18.5] where the CLI is not built yet, the linked command says to run the build first, exit 1", () => {
    // The script alone in a package with no dist/: a fresh clone right after `npm ci`.
    const folder = mkdtempSync(join(tmpdir(), "chapterhouse-unbuilt-"));
    try {
      mkdirSync(join(folder, "bin"));
      writeFileSync(join(folder, "package.json"), JSON.stringify({ type: "module" }));
      copyFileSync(SCRIPT, join(folder, "bin", "chapterhouse.js"));
      const unbuilt = run(process.execPath, [join(folder, "bin", "chapterhouse.js"), "--help"]);
      expect(unbuilt).toEqual({ status: 1, stdout: "", stderr: "chapterhouse: the command is not built yet: run `npm run build` first.\n" });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
