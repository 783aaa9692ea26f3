import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { canonicalize } from "../src/records/canonical.js";
import { tally, type TallyInput } from "../src/tally/index.js";

// The built CLI, bundled as the `chapterhouse` command runs it; `npm test` builds it before the tests run (docs/ARCHITECTURE.md).
const MAIN = fileURLToPath(new URL("../dist/cli-bundle/main.js", import.meta.url));

function chapterhouse(args: readonly string[], stdin: string | Uint8Array = ""): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [MAIN, ...args], { input: stdin, encoding: "utf8", timeout: 20_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the built chapterhouse CLI", () => {
  it("[T18.1] node crdt/dist/cli-bundle/main.js tally prints the tally of stdin as canonical JSON", () => {
    const vectors = JSON.parse(readFileSync(new URL("../vectors/tally/tennessee.json", import.meta.url), "utf8")) as { cases: { id: string; input: TallyInput; expected: object }[] };
    const irv = vectors.cases.find((vector) => vector.id === "tennessee-irv");
    if (!irv) throw new Error("tennessee-irv vector missing");
    const run = chapterhouse(["tally"], JSON.stringify(irv.input));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${canonicalize(tally(irv.input))}\n`);
    expect(JSON.parse(run.stdout)).toMatchObject(irv.expected);
  });

  it("[T18.4] bad input exits with code 2 and a message on stderr", () => {
    const run = chapterhouse(["tally"], '{"rule":{"type":"borda"},"electorate":[],"ballots":[]}');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^chapterhouse tally: unknown rule "borda"/);
    const notUtf8 = chapterhouse(["tally"], new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(notUtf8.status).toBe(2);
    expect(notUtf8.stderr).toMatch(/^chapterhouse tally: cannot read stdin/);
  });

  it("[T18.5] --help lists the commands and an unknown command exits with code 2", () => {
    const help = chapterhouse(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^\s+tally\s+/m);
    const unknown = chapterhouse(["frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
