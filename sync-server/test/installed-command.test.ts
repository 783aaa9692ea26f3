import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// What `npm ci` links: the command the README names, run as `npx chapterhouse-relay …` after `npm run build`.
const LINKED = fileURLToPath(new URL("../../node_modules/.bin/chapterhouse-relay", import.meta.url));
const SCRIPT = fileURLToPath(new URL("../bin/chapterhouse-relay.js", import.meta.url));

function run(command: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the chapterhouse-relay command npm installs", () => {
  it("[W6.1] `npx chapterhouse-relay --help`, the command npm links in node_modules/.bin, prints its usage, exit 0", () => {
    const help = run(LINKED, ["--help"]);
    expect(help.stderr).toBe("");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: chapterhouse-relay \[options\]/);
  });

  it("[W6.1] where the relay is not built yet, the linked command says to run the build first, exit 1", () => {
    // The script alone in a package with no dist/: a fresh clone right after `npm ci`.
    const folder = mkdtempSync(join(tmpdir(), "chapterhouse-relay-unbuilt-"));
    try {
      mkdirSync(join(folder, "bin"));
      writeFileSync(join(folder, "package.json"), JSON.stringify({ type: "module" }));
      copyFileSync(SCRIPT, join(folder, "bin", "chapterhouse-relay.js"));
      const unbuilt = run(process.execPath, [join(folder, "bin", "chapterhouse-relay.js"), "--help"]);
      expect(unbuilt).toEqual({ status: 1, stdout: "", stderr: "chapterhouse-relay: the relay is not built yet: run `npm run build` first.\n" });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
