/**
 * `chapterhouse verify FILE` (PROTOCOL.md V11.1): reads a vote bundle and prints the verification
 * report as canonical JSON. Exit 0 when everything verifies and the sealed result matches, 1 when
 * it found problems (named on stderr and in the report), 2 when the file can't be read or parsed.
 */
import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  VoteBundleError,
  createVerifier,
  decodeVoteBundle,
  verifyVote,
  voteReportToCanonical,
  type SignatureCheck,
  type Verifier,
  type VoteReport,
} from "@chapterhouse/crdt";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, MAX_INPUT_BYTES, type Command, type CommandIo, type CommandResult } from "./command.js";

const HELP = `Usage: chapterhouse verify [--stats] FILE

Verifies one vote from a vote bundle (docs/PROTOCOL.md, sections V9 and V10) and prints the
verification report as canonical JSON: every record's status, the electorate recomputed from the
open's roster reference, the recomputed tally and whether it matches the sealed one.
FILE may be - for standard input.

  --stats   also print timings on standard error as one JSON line (seconds, signature
            seconds, signatures, maximum resident memory)

Exit status: 0 everything verifies and the sealed result matches; 1 problems were found (each
named, with the record, in the report's "problems" and on standard error); 2 the file cannot be
read or is not a vote bundle.
`;

function failure(code: number, message: string): CommandResult {
  return { code, stdout: "", stderr: `chapterhouse verify: ${message}\n` };
}

/** A verifier that adds up the time spent in its batches and counts the signatures checked. */
function timedVerifier(inner: Verifier): Verifier & { readonly seconds: () => number; readonly signatures: () => number } {
  let milliseconds = 0;
  let signatures = 0;
  return {
    backend: inner.backend,
    async verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
      const started = performance.now();
      try {
        return await inner.verifyBatch(checks);
      } finally {
        milliseconds += performance.now() - started;
        signatures += checks.length;
      }
    },
    seconds: () => milliseconds / 1000,
    signatures: () => signatures,
  };
}

/** The lines of stderr naming the problems (at most 10), or "". */
function problemLines(report: VoteReport): string {
  if (report.verified) return "";
  const shown = report.problems.slice(0, 10).map((p) => `  ${p.problem} ${p.record ?? "(the vote)"}: ${p.detail}`);
  const more = report.problems.length > shown.length ? [`  … and ${report.problems.length - shown.length} more in the report`] : [];
  return `chapterhouse verify: ${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}:\n${[...shown, ...more].join("\n")}\n`;
}

/**
 * Verifies the text of a vote bundle (V11.1). Never throws: a text that is not a vote bundle
 * gives code 2, problems code 1.
 */
export async function runVerify(text: string, verifier?: Verifier, stats = false): Promise<CommandResult> {
  const started = performance.now();
  let bundle;
  try {
    bundle = decodeVoteBundle(text);
  } catch (error) {
    if (error instanceof VoteBundleError) return failure(EXIT_USAGE, `not a vote bundle (${error.code}): ${error.message}`);
    throw error;
  }
  const timed = timedVerifier(verifier ?? (await createVerifier()));
  let report: VoteReport;
  let stdout: string;
  try {
    report = await verifyVote(bundle, timed);
    stdout = `${voteReportToCanonical(report)}\n`;
  } catch (error) {
    return failure(EXIT_FAILURE, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
  const timing = stats
    ? `${JSON.stringify({
        seconds: (performance.now() - started) / 1000,
        signatureSeconds: timed.seconds(),
        signatures: timed.signatures(),
        backend: timed.backend,
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
      })}\n`
    : "";
  return { code: report.verified ? EXIT_OK : EXIT_FAILURE, stdout, stderr: problemLines(report) + timing };
}

/** Reads FILE (or stdin for "-") as UTF-8 text, refusing either over MAX_INPUT_BYTES (V10.3). */
async function readBundleText(file: string, io: CommandIo): Promise<string> {
  if (file === "-") return io.readStdin(MAX_INPUT_BYTES);
  const info = await stat(file);
  if (info.size > MAX_INPUT_BYTES) throw new Error(`larger than ${MAX_INPUT_BYTES} bytes`);
  return new TextDecoder("utf-8", { fatal: true }).decode(await readFile(file));
}

/** The `verify` command. */
export const verifyCommand: Command = {
  name: "verify",
  summary: "verify one vote from a vote bundle; the report as JSON on stdout",
  help: HELP,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], strict: true, allowPositionals: true, options: { stats: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
    } catch (error) {
      return failure(EXIT_USAGE, `${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    }
    if (parsed.values.help === true) return { code: EXIT_OK, stdout: HELP, stderr: "" };
    if (parsed.positionals.length !== 1) return failure(EXIT_USAGE, `name exactly one bundle FILE\n\n${HELP}`);
    const file = parsed.positionals[0]!;
    let text: string;
    try {
      text = await readBundleText(file, io);
    } catch (error) {
      return failure(EXIT_USAGE, `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return runVerify(text, undefined, parsed.values.stats === true);
  },
};
