/**
 * `chapterhouse verify` (the built CLI, V11.1) of vote bundles, for the vector tests that check it
 * agrees with the verifier byte for byte: each bundle is written to a temporary folder of the test
 * file's own, removed after its tests.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { encodeVoteBundle, type VoteBundle } from "../../src/report/vote-bundle.js";

// The built CLI, bundled as the `chapterhouse` command runs it.
const MAIN = new URL("../../dist/cli-bundle/main.js", import.meta.url).pathname;

/** What `chapterhouse verify` said of a bundle. */
export interface CliVerdict {
  readonly status: number | null;
  /** Its standard output: the report, without the closing line break. */
  readonly report: string;
  readonly stderr: string;
}

/** A `chapterhouse verify` of bundles saved as files named after `name` and each call's own name. */
export function verifyCliIn(name: string): (bundle: VoteBundle, file: string) => CliVerdict {
  const folder = mkdtempSync(join(tmpdir(), `chapterhouse-${name}-`));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return (bundle, file) => {
    const path = join(folder, `${file.replace(/[^a-z0-9]+/gi, "-")}.json`);
    writeFileSync(path, `${encodeVoteBundle(bundle)}\n`);
    const run = spawnSync(process.execPath, [MAIN, "verify", "--threads", "0", path], { encoding: "utf8" });
    return { status: run.status, report: run.stdout.trimEnd(), stderr: run.stderr };
  };
}
