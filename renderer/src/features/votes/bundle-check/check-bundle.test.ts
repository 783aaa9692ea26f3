import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { recordIdOf } from "@chapterhouse/crdt/records";
import { decodeVoteBundle, encodeVoteBundle } from "@chapterhouse/crdt/report";
import { simulateVote } from "@chapterhouse/crdt/simulation";
import { createVerifier, type Verifier } from "@chapterhouse/crdt/verify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verdictOf } from "./BundleCheckView.js";
import { checkBundle, isBundleCheck } from "./check-bundle.js";

const cli = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../crdt/dist/cli/main.js");
let folder = "";
let verifier: Verifier;
let text = "";

/** `chapterhouse verify FILE` on the text: its exit code and standard output. */
function verifyWithCli(name: string, content: string): Promise<{ code: number; stdout: string }> {
  const file = join(folder, name);
  return writeFile(file, content).then(
    () =>
      new Promise((done) => {
        execFile(
          process.execPath,
          [cli, "verify", file],
          { maxBuffer: 64 * 1024 * 1024 },
          (error, stdout) => {
            done({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout });
          },
        );
      }),
  );
}

/** The bundle with its first ballot's text changed by `edit`, kept under the new text's id. */
function withBallot(edit: (ballot: string) => string): string {
  const bundle = decodeVoteBundle(text);
  const documents = bundle.documents.map((document) => {
    const ballots = document.records["ballots"];
    if (document.type !== "ballot-box" || ballots === undefined) return document;
    const [first, ...rest] = Object.entries(ballots);
    const changed = edit(first![1]);
    return {
      ...document,
      records: {
        ...document.records,
        ballots: Object.fromEntries([...rest, [recordIdOf(changed), changed]]),
      },
    };
  });
  return encodeVoteBundle({ ...bundle, documents });
}

const EXIT: Readonly<Record<string, number>> = { verified: 0, problems: 1, unreadable: 2 };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "chapterhouse-check-bundle-"));
  verifier = await createVerifier();
  const { bundle } = await simulateVote(
    { voters: 20, rule: "schulze", chapters: 2, seed: "check-bundle" },
    globalThis.crypto.subtle,
  );
  text = `${encodeVoteBundle(bundle)}\n`;
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("checking a vote bundle file in the app", () => {
  it("[V11.1] the app's verdict and report are the command-line verifier's, byte for byte, on a sound, a tampered and an unreadable file", async () => {
    const files: Record<string, string> = {
      "sound.vote-bundle.json": text,
      "forged.vote-bundle.json": withBallot((ballot) => ballot.replace(/"seq":1/, '"seq":7')),
      "cut.vote-bundle.json": text.slice(0, text.length / 2),
      "list.vote-bundle.json": "[1,2]",
    };
    const verdicts: Record<string, string> = {};
    for (const [name, content] of Object.entries(files)) {
      const check = await checkBundle(content, verifier);
      expect(isBundleCheck(structuredClone(check))).toBe(true);
      const cliResult = await verifyWithCli(name, content);
      expect(EXIT[verdictOf(check)], name).toBe(cliResult.code);
      if (check.type === "report") expect(`${check.canonical}\n`).toBe(cliResult.stdout);
      verdicts[name] = verdictOf(check);
    }
    expect(verdicts).toEqual({
      "sound.vote-bundle.json": "verified",
      "forged.vote-bundle.json": "problems",
      "cut.vote-bundle.json": "unreadable",
      "list.vote-bundle.json": "unreadable",
    });
  });

  it("[V9.4] beside the report: the chapter's name, the open's options with the version's labels, and who signed each record singled out", async () => {
    const check = await checkBundle(
      withBallot((ballot) => ballot.replace(/"seq":1/, '"seq":7')),
      verifier,
    );
    if (check.type !== "report") throw new Error("expected a report");
    expect(check.chapterName).toEqual(expect.any(String));
    expect(check.open?.rule.type).toBe("schulze");
    expect(check.options.length).toBe(check.open!.options.length);
    expect(check.options.every((o) => o.label !== "")).toBe(true);
    const forged = check.report.problems.find((p) => p.problem === "invalid-signature")!;
    expect(check.signers[forged.record!]).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
