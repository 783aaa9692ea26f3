/**
 * `chapterhouse verify FILE` (PROTOCOL.md V11.1): reads a vote bundle and prints the verification
 * report as canonical JSON. Exit 0 when everything verifies and the sealed result matches, 1 when
 * it found problems (named on stderr and in the report), 2 when the file can't be read or parsed.
 */
import { mkdir, readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  VoteBundleError,
  VoteBundleNotInOrder,
  VoteBundleReading,
  verifyVote,
  voteReportToCanonical,
  type VerifyVoteOptions,
  type VoteReport,
} from "@chapterhouse/crdt/report";
import { createVerifier, type SignatureCheck, type Verifier } from "@chapterhouse/crdt/verify";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, MAX_INPUT_BYTES, type Command, type CommandIo, type CommandResult } from "./command.js";
import { limitHeapGrowthFor } from "./heap-growth.js";
import { nodeRecordIdOf } from "./node-record-id.js";
import { MAX_THREADS, ThreadPool, defaultThreads } from "./thread-pool.js";
import { VerifiedIdFile } from "./verified-id-file.js";
import { threadVerifier } from "./thread-verifier.js";
import { BACKEND_NAMES, backendVerifier, isBackendName, type BackendName } from "./verifier-backends.js";

const HELP = `Usage: chapterhouse verify [--stats] [--threads N] [--backend NAME] [--cache DIR] FILE

Verifies one vote from a vote bundle (docs/PROTOCOL.md, sections V9 and V10) and prints the
verification report as canonical JSON: every record's status, the electorate recomputed from the
open's roster reference, the recomputed tally and whether it matches the sealed one.
FILE may be - for standard input.

  --stats         also print timings on standard error as one JSON line (seconds, signature
                  seconds, signatures checked, signatures the cache spared, backend, threads,
                  maximum resident memory, and when each step ended since the process started)
  --threads N     check signatures on N worker threads (default: one per core, here ${defaultThreads()});
                  0 checks them in the main thread
  --backend NAME  check signatures with ${BACKEND_NAMES.join(", ")} (default ${BACKEND_NAMES[0]});
                  tweetnacl is the pure-JS fallback a phone uses on an insecure origin
                  (http://LAN-address), so it shows how long such a device takes
  --cache DIR     remember in DIR (created if need be) the records whose signature verified,
                  and check only the others next time: a second run of the same vote checks
                  none. Only a text whose hash is a remembered id skips its signature; but
                  anyone who can write in DIR can make a forged record pass, so keep DIR as
                  private as your own files. A new verifier policy starts a new file.

Whatever the threads and the backend, the report is the same, byte for byte.
Exit status: 0 everything verifies and the sealed result matches; 1 problems were found (each
named, with the record, in the report's "problems" and on standard error); 2 the file cannot be
read or is not a vote bundle, or bad arguments.
`;

function failure(code: number, message: string): CommandResult {
  return { code, stdout: "", stderr: `chapterhouse verify: ${message}\n` };
}

/** Seconds since this process started (the main thread's time origin). */
const sinceStart = (): number => performance.now() / 1000;

/**
 * When each step of a run ended, in seconds since the process started (`--stats`, V11.1): what
 * came before the command (Node's start and the modules), the reading, the decoding (of the last
 * document: the first batches are handed over while the next documents are decoded), the first
 * signature batch handed over, the last verdict back, the report written.
 */
interface Phases {
  command?: number;
  read?: number;
  decoded?: number;
  firstCheck?: number;
  lastVerdict?: number;
  reported?: number;
}

/** The phases that ended, in the order V11.1 lists them (the first checks start before the last document is decoded). */
function inOrder(phases: Phases): Phases {
  const { command, read, decoded, firstCheck, lastVerdict, reported } = phases;
  return Object.fromEntries(Object.entries({ command, read, decoded, firstCheck, lastVerdict, reported }).filter(([, time]) => time !== undefined));
}

/**
 * A verifier that measures the time during which at least one of its batches was pending (with
 * a parallel verifier, batches overlap each other and the reading), counts the signatures and
 * notes in `phases` when the first batch was handed over and the last verdict came back.
 */
function timedVerifier(inner: Verifier, phases: Phases): Verifier & { readonly seconds: () => number; readonly signatures: () => number } {
  let milliseconds = 0;
  let signatures = 0;
  let pending = 0;
  let since = 0;
  return {
    backend: inner.backend,
    ...(inner.parallel === true ? { parallel: true } : {}),
    // Not async, so that the checks are not held while they are being checked.
    verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
      if (pending++ === 0) since = performance.now();
      phases.firstCheck ??= sinceStart();
      signatures += checks.length;
      return inner.verifyBatch(checks).finally(() => {
        if (--pending === 0) milliseconds += performance.now() - since;
        phases.lastVerdict = sinceStart();
      });
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
 * Verifies the text of a vote bundle (V11.1) with `verifier` (default: the backend probe's, in
 * this thread). Never throws: a text that is not a vote bundle gives code 2, problems code 1.
 * Not itself async, so that nothing but the reading holds the text, and it only until the text
 * is decoded.
 */
export function runVerify(text: string, verifier?: Verifier, options: VerifyOptions = {}): Promise<CommandResult> {
  const started = performance.now();
  const phases: Phases = { ...options.phases, read: started / 1000 };
  return verifyBundle(new VoteBundleReading(text), started, phases, verifier, options);
}

/** How `runVerify` runs. */
export interface VerifyOptions {
  /** Print timings on stderr (V11.1). */
  readonly stats?: boolean;
  /** The worker threads of `verifier`, for the timings. */
  readonly threads?: number;
  /** The verified-id cache (S8); saved after the report. */
  readonly cache?: VerifiedIdFile;
  /** When the command started, in seconds since the process did, for the timings. */
  readonly phases?: { readonly command: number };
}

/**
 * Verifies the bundle as it is decoded: a parallel verifier's threads check the first documents
 * while the next are read (S10). The report is written out while the threads finish their
 * checks, and stands if they confirm the judgement it is of.
 */
async function verifyBundle(reading: VoteBundleReading, started: number, phases: Phases, verifier: Verifier | undefined, options: VerifyOptions): Promise<CommandResult> {
  const { stats = false, threads = 0, cache } = options;
  const timed = timedVerifier(verifier ?? (await createVerifier()), phases);
  const inReading = {
    documents: {
      *[Symbol.iterator]() {
        yield* reading.documents;
        phases.decoded = sinceStart();
      },
    },
    whole: () => reading.whole(),
  };
  let written: { readonly report: VoteReport; readonly text: string } | undefined;
  const verifyOptions: VerifyVoteOptions = {
    recordIdOf: nodeRecordIdOf,
    ...(cache === undefined ? {} : { verified: cache }),
    whileConfirming: ({ report }) => {
      try {
        written = { report, text: voteReportToCanonical(report) };
      } catch {
        // Written out again below, where what it throws is reported as before.
      }
    },
  };
  let report: VoteReport;
  let stdout: string;
  try {
    try {
      report = await verifyVote(inReading, timed, verifyOptions);
    } catch (error) {
      // Documents not merged and in order (V10.2): what was handed on does not stand; the merged whole does.
      if (!(error instanceof VoteBundleNotInOrder)) throw error;
      written = undefined;
      report = await verifyVote(reading.whole(), timed, verifyOptions);
    }
    stdout = `${written?.report === report ? written.text : voteReportToCanonical(report)}\n`;
    phases.reported = sinceStart();
  } catch (error) {
    if (error instanceof VoteBundleError) return failure(EXIT_USAGE, `not a vote bundle (${error.code}): ${error.message}`);
    return failure(EXIT_FAILURE, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
  let saved = "";
  try {
    await cache?.save();
  } catch (error) {
    saved = `chapterhouse verify: cannot save the cache ${cache?.path}: ${error instanceof Error ? error.message : String(error)}\n`;
  }
  const timing = stats
    ? `${JSON.stringify({
        seconds: (performance.now() - started) / 1000,
        signatureSeconds: timed.seconds(),
        signatures: timed.signatures(),
        cached: cache?.hits ?? 0,
        backend: timed.backend,
        threads,
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
        phases: inOrder(phases),
      })}\n`
    : "";
  return { code: report.verified ? EXIT_OK : EXIT_FAILURE, stdout, stderr: problemLines(report) + saved + timing };
}

/** Reads FILE and hands its text to `verify`; the text is this function's alone, so it can go once decoded. */
async function readAndVerify(file: string, io: CommandIo, verify: (text: string) => Promise<CommandResult>): Promise<CommandResult> {
  let text: string;
  try {
    text = await readBundleText(file, io);
  } catch (error) {
    return failure(EXIT_USAGE, `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  limitHeapGrowthFor(text.length);
  return verify(text);
}

/** Reads FILE (or stdin for "-") as UTF-8 text, refusing either over MAX_INPUT_BYTES (V10.3). */
async function readBundleText(file: string, io: CommandIo): Promise<string> {
  if (file === "-") return io.readStdin(MAX_INPUT_BYTES);
  const info = await stat(file);
  if (info.size > MAX_INPUT_BYTES) throw new Error(`larger than ${MAX_INPUT_BYTES} bytes`);
  return new TextDecoder("utf-8", { fatal: true }).decode(await readFile(file));
}

/** What `verify`'s arguments ask for, or a usage error. */
function parseVerifyArgs(
  args: readonly string[],
): { help: true } | { help: false; file: string; stats: boolean; threads: number; backend: BackendName; cache: string | undefined } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: { stats: { type: "boolean" }, threads: { type: "string" }, backend: { type: "string" }, cache: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { help: true };
  if (positionals.length !== 1) return { error: "name exactly one bundle FILE" };
  const threads = values.threads === undefined ? defaultThreads() : /^[0-9]{1,3}$/.test(values.threads) ? Number(values.threads) : -1;
  if (threads < 0 || threads > MAX_THREADS) return { error: `--threads must be an integer from 0 to ${MAX_THREADS}, not ${JSON.stringify(values.threads)}` };
  const backend = values.backend ?? BACKEND_NAMES[0];
  if (!isBackendName(backend)) return { error: `--backend must be one of ${BACKEND_NAMES.join(", ")}` };
  if (values.cache === "") return { error: "--cache needs a folder" };
  return { help: false, file: positionals[0]!, stats: values.stats === true, threads, backend, cache: values.cache };
}

/** The `verify` command. */
export const verifyCommand: Command = {
  name: "verify",
  help: HELP,
  async run(args, io) {
    const command = sinceStart();
    const request = parseVerifyArgs(args);
    if ("error" in request) return failure(EXIT_USAGE, `${request.error}\n\n${HELP}`);
    if (request.help) return { code: EXIT_OK, stdout: HELP, stderr: "" };
    // The threads start loading while the file is read.
    const pool = request.threads > 0 ? new ThreadPool(request.threads) : undefined;
    try {
      const verifier = pool === undefined ? backendVerifier(request.backend) : threadVerifier(pool, request.backend);
      let cache: VerifiedIdFile | undefined;
      if (request.cache !== undefined) {
        try {
          await mkdir(request.cache, { recursive: true, mode: 0o700 });
          cache = await VerifiedIdFile.open(request.cache);
        } catch (error) {
          return failure(EXIT_USAGE, `cannot use the cache ${request.cache}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      const options = { stats: request.stats, threads: request.threads, phases: { command }, ...(cache === undefined ? {} : { cache }) };
      return await readAndVerify(request.file, io, (text) => runVerify(text, verifier, options));
    } finally {
      await pool?.close();
    }
  },
};
