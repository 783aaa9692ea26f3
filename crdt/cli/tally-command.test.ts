import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalize } from "../src/records/canonical.js";
import { tally } from "../src/tally/index.js";
import type { TallyInput } from "../src/tally/index.js";
import { runTally, tallyCommand } from "./tally-command.js";

// In-process, the CLI runs against this package's source (docs/ARCHITECTURE.md: tests import
// their own package's source); main.test.ts runs the built CLI against the built package.

const folder = new URL("../vectors/tally/", import.meta.url);

function ok(stdin: string | object): unknown {
  const result = runTally(typeof stdin === "string" ? stdin : JSON.stringify(stdin));
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout.endsWith("\n")).toBe(true);
  return JSON.parse(result.stdout);
}

function bad(stdin: string | object, message: RegExp | string): void {
  const result = runTally(typeof stdin === "string" ? stdin : JSON.stringify(stdin));
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^chapterhouse tally: /);
  expect(result.stderr).toMatch(message);
}

const electorate = [
  { member: "alice", weight: 1 },
  { member: "bob", weight: 9 },
];

describe("chapterhouse tally", () => {
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json")).sort()) {
    const { cases } = JSON.parse(readFileSync(new URL(file, folder), "utf8")) as { cases: { id: string; rules: string; input: TallyInput; expected?: object; refused?: string }[] };
    it(`[T18.1] [T18.4] prints the canonical JSON of the tally for every case of ${file}, or refuses it with exit code 2`, () => {
      for (const vector of cases) {
        const text = JSON.stringify(vector.input);
        if (vector.refused !== undefined) {
          bad(text, vector.refused);
          continue;
        }
        expect(runTally(text), vector.id).toEqual({ code: 0, stdout: `${canonicalize(tally(vector.input))}\n`, stderr: "" });
        expect(JSON.parse(runTally(text).stdout), vector.id).toMatchObject(vector.expected ?? {});
      }
    });
  }

  it("[T18.3] reads a decimal threshold exactly: 0.1 is 1/10, so a share of exactly 1/10 passes", () => {
    const result = ok(
      '{"rule":{"type":"supermajority","threshold":0.1},"electorate":[{"member":"alice","weight":1},{"member":"bob","weight":9}],' +
        '"ballots":[{"member":"alice","choice":"for"},{"member":"bob","choice":"against"}]}',
    );
    expect(result).toMatchObject({ outcome: "passed", rule: { threshold: { num: 1, den: 10 } }, totals: { share: { num: 1, den: 10 } } });
  });

  it("[T18.3] reads a decimal quorum exactly, whatever its notation", () => {
    for (const quorum of ["0.9", "0.90", "9e-1", "0.9E0", "90e-2"]) {
      const result = ok(`{"rule":{"type":"majority","quorum":${quorum}},"electorate":${JSON.stringify(electorate)},"ballots":[{"member":"bob","choice":"for"}]}`);
      expect(result, quorum).toMatchObject({ outcome: "passed", quorumMet: true, rule: { quorum: { num: 9, den: 10 } } });
    }
    const missed = ok(`{"rule":{"type":"majority","quorum":0.91},"electorate":${JSON.stringify(electorate)},"ballots":[{"member":"bob","choice":"for"}]}`);
    expect(missed).toMatchObject({ outcome: "no-quorum", quorumMet: false });
  });

  it("[T18.3] integers may be written in any notation whose exact value is an integer; others are refused", () => {
    const result = ok('{"rule":{"type":"majority"},"electorate":[{"member":"alice","weight":2.0},{"member":"bob","weight":1e0}],"ballots":[]}');
    expect(result).toMatchObject({ turnout: { electorateWeight: 3 } });
    bad('{"rule":{"type":"majority"},"electorate":[{"member":"alice","weight":1.5}],"ballots":[]}', /electorate\[0\]\.weight must be an integer, not 1\.5/);
    bad('{"rule":{"type":"majority"},"electorate":[{"member":"alice","weight":1e999}],"ballots":[]}', /electorate\[0\]\.weight: the number 1e999 is out of range/);
    bad('{"rule":{"type":"majority","quorum":0.12345678901234567890123},"electorate":[{"member":"alice","weight":1}],"ballots":[]}', /rule\.quorum: .* more digits/);
  });

  it("[T18.4] input that is not JSON is refused with exit code 2", () => {
    bad("", /input is not JSON: unexpected end of input at offset 0/);
    bad("{rule: majority}", /input is not JSON: expected a member name at offset 1/);
    bad('{"rule":{"type":"majority"},"rule":{"type":"consent"},"electorate":[],"ballots":[]}', /duplicate member name "rule"/);
  });

  it("[T18.4] an unknown rule, a misfit choice, two ballots from one member, an unknown option are refused with exit code 2", () => {
    bad({ rule: { type: "condorcet" }, electorate, ballots: [] }, /unknown rule "condorcet"/);
    bad({ rule: { type: "majority" }, electorate, ballots: [{ member: "bob", choice: "yes" }] }, /ballot of member "bob": choice "yes" is not one of for, against, abstain/);
    bad({ rule: { type: "majority" }, electorate, ballots: [{ member: "bob", choice: "for" }, { member: "bob", choice: "for" }] }, /two ballots from member "bob"/);
    bad({ rule: { type: "irv" }, options: ["A", "B"], electorate, ballots: [{ member: "bob", choice: ["A", "Z"] }] }, /"Z", which is not an option/);
    bad([], /input must be an object/);
  });

  it("[T18.1] a ballot from outside the electorate is ignored and reported, not an error", () => {
    const result = ok({ rule: { type: "majority" }, electorate, ballots: [{ member: "eve", choice: "for" }] });
    expect(result).toMatchObject({ outcome: "rejected", ignored: [{ member: "eve", reason: "not-in-electorate" }], turnout: { ballots: 0 } });
  });

  it("[T18.5] the command reads stdin, prints its help on --help, and refuses other arguments", async () => {
    const io = { readStdin: () => Promise.resolve(JSON.stringify({ rule: { type: "majority" }, electorate, ballots: [] })) };
    const ran = await tallyCommand.run([], io);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ outcome: "rejected" });
    const help = await tallyCommand.run(["--help"], io);
    expect(help).toMatchObject({ code: 0, stderr: "" });
    expect(help.stdout).toMatch(/^Usage: chapterhouse tally/);
    expect(await tallyCommand.run(["input.json"], io)).toMatchObject({ code: 2, stdout: "" });
    const unreadable = await tallyCommand.run([], { readStdin: () => Promise.reject(new TypeError("The encoded data was not valid for encoding utf-8")) });
    expect(unreadable).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read stdin: The encoded data was not valid/) as unknown });
  });
});
