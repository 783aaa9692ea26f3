import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalize } from "@chapterhouse/crdt/records";

// The built CLI, as `npm test` builds it before the tests run (docs/ARCHITECTURE.md): its compiled
// modules, and the bundle of them that the installed command runs (crdt/scripts/bundle-cli.js).
const MODULES = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const INSTALLED = fileURLToPath(new URL("../bin/chapterhouse.js", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "chapterhouse-verify-module-graph-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * Runs the built CLI with a module hook that writes the URL of every module the main thread loads
 * to a file; returns the run and those URLs.
 */
function runLoggingModules(main: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string; modules: string[] } {
  const log = join(folder, "modules.txt");
  writeFileSync(log, "");
  const hooks = join(folder, "hooks.mjs");
  writeFileSync(hooks, `import { appendFileSync } from "node:fs";\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + "\\n");\n  return next(url, context);\n}\n`);
  const register = join(folder, "register.mjs");
  writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const run = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, main, ...args], { encoding: "utf8", timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, modules: readFileSync(log, "utf8").split("\n").filter((line) => line !== "") };
}

/** A vote bundle of the vectors and the report `verify` must print for it. */
function vectorBundle(): { file: string; report: string } {
  const { bundle, report } = JSON.parse(readFileSync(new URL("../vectors/votes/simulated-schulze.json", import.meta.url), "utf8")) as { bundle: unknown; report: unknown };
  const file = join(folder, "bundle.json");
  writeFileSync(file, `${canonicalize(bundle)}\n`);
  return { file, report: `${canonicalize(report)}\n` };
}

describe("chapterhouse verify: what it loads", () => {
  it.each([
    ["the installed command (the bundle)", INSTALLED, "/dist/cli-bundle/verify-command-"],
    ["the compiled modules", MODULES, "/report/verify-vote.js"],
  ])("[V11.1] verifying a vote bundle never loads Automerge: a bundle is JSON, and its wasm costs a tenth of a second at start (issue 15); %s", (_, main, ownModule) => {
    const { file, report } = vectorBundle();
    const run = runLoggingModules(main, ["verify", "--threads", "2", file]);
    expect(run.stdout).toBe(report);
    expect(run.status).toBe(0);
    // The hook saw the command's own modules, so an empty list proves nothing.
    expect(run.modules.some((url) => url.includes(ownModule))).toBe(true);
    expect(run.modules.filter((url) => url.includes("@automerge"))).toEqual([]);
  });

  it("[V11.1] the installed command runs the CLI bundled: `verify` loads a few files of its own, not ~180 modules one by one (issue 15)", () => {
    const { file, report } = vectorBundle();
    const run = runLoggingModules(INSTALLED, ["verify", "--threads", "0", file]);
    expect(run.stdout).toBe(report);
    expect(run.status).toBe(0);
    const files = run.modules.filter((url) => url.startsWith("file:"));
    // The command's script, then the bundle's entry and the chunks `verify` needs.
    expect(files[0]).toBe(pathToFileURL(INSTALLED).href);
    expect(files.slice(1).every((url) => url.includes("/crdt/dist/cli-bundle/"))).toBe(true);
    expect(files.length).toBeLessThanOrEqual(20);
  });
});
