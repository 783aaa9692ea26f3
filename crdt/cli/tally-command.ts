/**
 * `chapterhouse tally` (PROTOCOL.md T18): reads one tally input as JSON on stdin, prints the
 * result as canonical JSON on stdout. Bad input: a message on stderr and exit code 2.
 */
import {
  JsonNumber,
  StrictJsonError,
  canonicalize,
  parseStrictJson,
  type StrictJson,
} from "@chapterhouse/crdt/records";
import {
  TallyInputError,
  rationalFromDecimal,
  tally,
  toFraction,
  type TallyInput,
} from "@chapterhouse/crdt/tally";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, MAX_INPUT_BYTES, type Command, type CommandResult } from "./command.js";

/** Tally input as read: every number kept as its text (T18.3). */
type ExactJson = StrictJson<JsonNumber>;

/** T18.2: duplicate names refused, arrays and objects nested at most 64 deep; numbers kept exact (T18.3). */
const TALLY_JSON = { maxDepth: 64, number: (text: string) => new JsonNumber(text) };

/** Thrown while turning exact JSON into tally input; the message names the path. */
class InputError extends Error {}

/** The two places a fraction may be written as a decimal number (T18.3). */
const DECIMAL_FRACTIONS = new Set(["rule.quorum", "rule.threshold"]);

/** Reads a number token exactly: a fraction where T18.3 allows one, else an integer. */
function numberAt(value: JsonNumber, path: string): number | { num: number; den: number } {
  let exact;
  try {
    exact = rationalFromDecimal(value.text);
  } catch {
    throw new InputError(`${path}: the number ${value.text} is out of range`);
  }
  if (DECIMAL_FRACTIONS.has(path)) {
    try {
      return toFraction(exact);
    } catch {
      throw new InputError(`${path}: ${value.text} has more digits than a fraction of safe integers can hold`);
    }
  }
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (exact.den !== 1n || exact.num > limit || exact.num < -limit) {
    throw new InputError(`${path} must be an integer, not ${value.text}`);
  }
  return Number(exact.num);
}

/** Exact JSON → plain data: numbers become integers, or {num, den} where T18.3 allows decimals. */
function plain(value: ExactJson, path: string): unknown {
  if (value instanceof JsonNumber) return numberAt(value, path);
  if (Array.isArray(value)) return value.map((item, i) => plain(item, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, plain(item, path === "" ? name : `${path}.${name}`)]));
  }
  return value;
}

function failure(code: number, message: string): CommandResult {
  return { code, stdout: "", stderr: `chapterhouse tally: ${message}\n` };
}

/**
 * Runs `chapterhouse tally` on the text of stdin. Pure: no I/O.
 * Never throws: bad input gives code 2 with a message on stderr naming what is wrong; an
 * unexpected failure gives code 1.
 */
export function runTally(stdinText: string): CommandResult {
  let input: unknown;
  try {
    input = plain(parseStrictJson(stdinText, TALLY_JSON), "");
  } catch (error) {
    if (error instanceof StrictJsonError) return failure(EXIT_USAGE, `input is not JSON: ${error.message}`);
    if (error instanceof InputError) return failure(EXIT_USAGE, error.message);
    throw error;
  }
  try {
    // tally checks every field at run time (T1–T3): handing it unchecked data is its contract.
    const result = tally(input as TallyInput);
    return { code: EXIT_OK, stdout: `${canonicalize(result)}\n`, stderr: "" };
  } catch (error) {
    if (error instanceof TallyInputError) return failure(EXIT_USAGE, error.message);
    return failure(EXIT_FAILURE, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const HELP = `Usage: chapterhouse tally < input.json

Reads one JSON object on stdin and prints the tally as canonical JSON on stdout
(docs/PROTOCOL.md, section T).

  {"rule": {"type": T, ...parameters, "quorum"?: fraction},
   "options": [option ids],                       (option rules only)
   "electorate": [{"member": id, "weight": integer >= 1}],
   "ballots": [{"member": id, "choice": C}]}

  T: majority | supermajority (threshold) | consent (maxBlocks, default 0)
     | consensus (maxStandAsides, default 0) | plurality | approval
     | score (maxScore) | irv | schulze
  A fraction is {"num": n, "den": d} or a decimal number read exactly (0.667 = 667/1000).
  C (irv, schulze) is a ranking: places, most preferred first, each an option id or a
  list of ids ranked equally (schulze only): ["A", ["B", "C"]] ranks B and C equal second.

Exit status: 0 tallied, 2 bad input (message on stderr), 1 internal error.
`;

/** The `tally` command. */
export const tallyCommand: Command = {
  name: "tally",
  summary: "tally one vote: JSON on stdin, result as JSON on stdout",
  help: HELP,
  async run(args, io) {
    if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) return { code: EXIT_OK, stdout: HELP, stderr: "" };
    if (args.length > 0) return failure(EXIT_USAGE, `unexpected argument ${JSON.stringify(args[0])} (the input is read from stdin)`);
    let text: string;
    try {
      text = await io.readStdin(MAX_INPUT_BYTES);
    } catch (error) {
      return failure(EXIT_USAGE, `cannot read stdin: ${error instanceof Error ? error.message : String(error)}`);
    }
    return runTally(text);
  },
};
