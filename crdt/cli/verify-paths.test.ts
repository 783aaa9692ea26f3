import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { canonicalize } from "@chapterhouse/crdt/records";

// The built CLI, bundled as the `chapterhouse` command runs it; `npm test` builds it before the tests run (docs/ARCHITECTURE.md).
const MAIN = fileURLToPath(new URL("../dist/cli-bundle/main.js", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "chapterhouse-verify-paths-"));

/** A committed vote vector (crdt/vectors/votes): its bundle written to a file, and the report it must give. */
function vector(name: string): { file: string; report: string; verified: boolean } {
  const { bundle, report } = JSON.parse(readFileSync(new URL(`../vectors/votes/${name}`, import.meta.url), "utf8")) as { bundle: unknown; report: { verified: boolean } };
  const file = join(folder, name);
  writeFileSync(file, `${canonicalize(bundle)}\n`);
  return { file, report: `${canonicalize(report)}\n`, verified: report.verified };
}

function verify(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [MAIN, "verify", ...args], { encoding: "utf8", timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("chapterhouse verify: every path gives the same report", () => {
  const vectors = ["simulated-schulze.json", "simulated-membership.json", "tampered-approval.json"].map((name) => ({ name, ...vector(name) }));

  it("[S10] [V9.5] on worker threads or in the main thread, with each backend, the report is the committed one byte for byte", () => {
    const every = [[], ["--threads", "0"], ["--threads", "3"], ["--threads", "2", "--backend", "webcrypto"], ["--threads", "0", "--backend", "webcrypto"], ["--threads", "2", "--backend", "tweetnacl"]];
    for (const { name, file, report, verified } of vectors) {
      // Every path on the tampered vector (it reaches every refusal); the default and one thread on the others.
      for (const args of name.startsWith("tampered") ? every : every.slice(0, 2)) {
        const run = verify([...args, file]);
        expect(run.stdout, `${name} ${args.join(" ")}`).toBe(report);
        expect(run.status, `${name} ${args.join(" ")}`).toBe(verified ? 0 : 1);
      }
    }
  });

  it("[V11.1] --stats names the backend and the threads; a bad --threads or --backend is a usage error (exit 2)", () => {
    const { file } = vectors[0]!;
    const run = verify(["--stats", "--threads", "2", "--backend", "tweetnacl", file]);
    expect(JSON.parse(run.stderr.trim().split("\n").pop()!)).toMatchObject({ backend: "tweetnacl", threads: 2, signatures: expect.any(Number) as number });
    for (const bad of [["--threads=-1"], ["--threads", "x"], ["--threads", "257"], ["--backend", "openssl"]]) {
      const refused = verify([...bad, file]);
      expect(refused.status, bad.join(" ")).toBe(2);
      expect(refused.stdout).toBe("");
      expect(refused.stderr).toMatch(/^chapterhouse verify: --(threads|backend) must be/);
    }
  });
});
