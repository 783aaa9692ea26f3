import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeVoteBundle } from "@chapterhouse/crdt/report";
import { parseSimulateArgs, runSimulate } from "./simulate-command.js";

describe("chapterhouse simulate", () => {
  it("[V11.2] the same seed gives the same bundle bytes; another seed another bundle", async () => {
    const args = ["--voters", "12", "--rule", "irv", "--chapters", "2"];
    const a = await runSimulate([...args, "--seed", "one"]);
    const b = await runSimulate([...args, "--seed", "one"]);
    const c = await runSimulate([...args, "--seed", "two"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const bundle = decodeVoteBundle(a.stdout);
    expect(bundle.documents.map((d) => d.type)).toEqual(expect.arrayContaining(["organisation", "chapter", "proposal", "ballot-box"]));
  });

  it("[V11.2] --out writes the bundle and says what it wrote", async () => {
    const folder = await mkdtemp(join(tmpdir(), "chapterhouse-simulate-"));
    const out = join(folder, "vote.json");
    const result = await runSimulate(["--voters", "5", "--rule", "score", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*vote\.json: 6 members in 1 neighbourhoods/);
    expect(decodeVoteBundle(await readFile(out, "utf8")).vote.open).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("[V11.2] --all-membership-kinds adds a history with every membership kind; without it, only genesis, admit and role", async () => {
    const args = ["--voters", "6", "--rule", "majority", "--chapters", "2", "--seed", "kinds"];
    const kindsOf = (stdout: string) =>
      new Set(decodeVoteBundle(stdout).documents.flatMap((d) => Object.values(d.records).flatMap((texts) => Object.values(texts).map((text) => (JSON.parse(text) as { kind: string }).kind))));
    const plain = kindsOf((await runSimulate(args)).stdout);
    const every = kindsOf((await runSimulate([...args, "--all-membership-kinds"])).stdout);
    const membership = ["genesis", "endorse", "sponsor", "countersign", "admit", "invite", "redeem", "uninvite", "leave", "remove", "role", "rotate-proof", "rotate"];
    expect(membership.filter((kind) => plain.has(kind))).toEqual(["genesis", "admit", "role"]);
    expect(membership.filter((kind) => every.has(kind))).toEqual(membership);
    expect((await runSimulate(["--help"])).stdout).toContain("--all-membership-kinds");
  });

  it("[V11.2] bad arguments exit 2 with a message", async () => {
    for (const [args, message] of [
      [["--rule", "majority"], /--voters is required/],
      [["--voters", "0", "--rule", "majority"], /--voters must be an integer from 1/],
      [["--voters", "10", "--rule", "borda"], /--rule must be one of/],
      [["--voters", "10", "--rule", "majority", "--chapters", "1001"], /--chapters must be an integer/],
      [["--voters", "10", "--rule", "majority", "extra"], /Unexpected argument|positional/i],
      [["--voters", "10", "--rule", "majority", "--delegating", "101"], /--delegating must be an integer from 0 to 100/],
      [["--voters", "10", "--rule", "majority", "--delegating", "30", "--depth", "17"], /--depth must be an integer from 1 to 16/],
      [["--voters", "10", "--rule", "majority", "--delegating", "30", "--cap", "0"], /--cap must be an integer from 1/],
      [["--voters", "10", "--rule", "majority", "--depth", "2"], /--depth and --cap need --delegating/],
    ] as const) {
      const result = await runSimulate(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(parseSimulateArgs(["--help"])).toEqual({ help: true });
  });
});
