import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { canonicalize, recordIdOf } from "@chapterhouse/crdt/records";
import { POLICY_VERSION } from "@chapterhouse/crdt/verify";
import { VerifiedIdFile, verifiedIdPath } from "./verified-id-file.js";

// The built CLI, bundled as the `chapterhouse` command runs it; `npm test` builds it before the tests run (docs/ARCHITECTURE.md).
const MAIN = fileURLToPath(new URL("../dist/cli-bundle/main.js", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "chapterhouse-cache-"));

interface Bundle {
  documents: { type: string; records: Record<string, Record<string, string>> }[];
}
const vector = JSON.parse(readFileSync(new URL("../vectors/votes/tampered-approval.json", import.meta.url), "utf8")) as { bundle: Bundle; report: unknown };

function write(name: string, bundle: unknown): string {
  const file = join(folder, name);
  writeFileSync(file, `${canonicalize(bundle)}\n`);
  return file;
}

/** Runs `verify --stats`; the report, the exit status and the timings line. */
function verify(args: readonly string[]): { status: number | null; stdout: string; stats: { signatures: number; cached: number } } {
  const run = spawnSync(process.execPath, [MAIN, "verify", "--stats", ...args], { encoding: "utf8", timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stats: JSON.parse(run.stderr.trim().split("\n").pop()!) as { signatures: number; cached: number } };
}

describe("chapterhouse verify --cache", () => {
  it("[S8] a second run checks only the signatures that failed before, and prints the same report byte for byte", () => {
    const cache = join(folder, "cache-a");
    const file = write("tampered.json", vector.bundle);
    const first = verify(["--cache", cache, file]);
    expect(first.stdout).toBe(`${canonicalize(vector.report)}\n`);
    expect(first.stats.cached).toBe(0);
    const second = verify(["--cache", cache, file]);
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);
    expect(second.stats.cached).toBe(first.stats.signatures - 1); // all but the forged ballot
    expect(second.stats.signatures).toBe(1);
    // The file holds each record the chokepoint held, once: every line of the report but its refusals (D3).
    const held = (vector.report as { records: { id: string; detail?: string }[] }).records.filter((r) => !r.detail?.startsWith("[D3.")).map((r) => r.id);
    expect(readFileSync(verifiedIdPath(cache), "utf8").split("\n").filter(Boolean).sort()).toEqual([...new Set(held)].sort());
  });

  it("[S8] [R3] a remembered id skips nothing for a text that does not hash to it: the altered text is refused as before", () => {
    const cache = join(folder, "cache-b");
    verify(["--cache", cache, write("original.json", vector.bundle)]);
    // Alter a remembered ballot, keeping its key: the key is remembered, the text's hash is not.
    const altered = structuredClone(vector.bundle);
    const box = altered.documents.find((d) => d.type === "ballot-box" && Object.values(d.records["ballots"] ?? {}).some((t) => t.includes('"seq":1')))!;
    const [key, text] = Object.entries(box.records["ballots"]!).find(([k, t]) => t.includes('"seq":1') && recordIdOf(t) === k)!;
    box.records["ballots"]![key] = text.replace('"seq":1', '"seq":2');
    const file = write("altered.json", altered);
    const cached = verify(["--cache", cache, file]);
    const fresh = verify([file]);
    expect(cached.stdout).toBe(fresh.stdout);
    expect(cached.stdout).toContain(`its bytes hash to ${recordIdOf(box.records["ballots"]![key])}, not to the key`);
  });

  it("[S8] ids kept under another policy version are not used; lines that are not ids are skipped", async () => {
    const cache = join(folder, "cache-c");
    const file = write("again.json", vector.bundle);
    verify(["--cache", cache, file]);
    const ids = readFileSync(verifiedIdPath(cache), "utf8");
    const other = join(folder, "cache-d");
    verify(["--cache", other, file]); // creates the folder and its file
    writeFileSync(verifiedIdPath(other), "");
    writeFileSync(verifiedIdPath(other, POLICY_VERSION + 1), ids);
    expect(verify(["--cache", other, file]).stats.cached).toBe(0);
    writeFileSync(verifiedIdPath(other), `not an id\n${ids.slice(0, 20)}\n${ids}`);
    const opened = await VerifiedIdFile.open(other);
    const first = ids.split("\n")[0]!;
    expect(opened.has(first as never)).toBe(true);
    expect(opened.has("not an id" as never)).toBe(false);
  });

  it("[S8] a cache folder that cannot be made is a usage error (exit 2), and nothing is printed", () => {
    const blocker = join(folder, "a-file");
    writeFileSync(blocker, "");
    const run = spawnSync(process.execPath, [MAIN, "verify", "--cache", join(blocker, "sub"), write("x.json", vector.bundle)], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^chapterhouse verify: cannot use the cache/);
  });
});
