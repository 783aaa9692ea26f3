/**
 * `chapterhouse simulate --voters N --rule T [--chapters C] [--seed S] [--all-membership-kinds] [--out FILE]`
 * (PROTOCOL.md V11.2): writes a complete signed sample vote as a vote bundle. Deterministic for a
 * seed; signed through WebCrypto.
 */
import { parseArgs } from "node:util";
import { encodeVoteBundle } from "@chapterhouse/crdt/report";
import {
  MAX_SIMULATED_CHAPTERS,
  MAX_SIMULATED_VOTERS,
  simulateVote,
  type SimulationOptions,
} from "@chapterhouse/crdt/simulation";
import { RULE_TYPES, type RuleType } from "@chapterhouse/crdt/tally";
import { MAX_CAP, MAX_DEPTH } from "@chapterhouse/crdt/delegation";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command, type CommandResult } from "./command.js";
import { MAX_THREADS, ThreadPool, defaultThreads } from "./thread-pool.js";
import { threadSignerFromSeed } from "./thread-signer.js";
import { writeFileAtomically } from "./write-file-atomically.js";

const HELP = `Usage: chapterhouse simulate --voters N --rule T [--chapters C] [--seed S]
                            [--all-membership-kinds] [--delegating P [--depth D] [--cap K]]
                            [--threads N] [--out FILE]

Writes a complete signed sample vote as a vote bundle (docs/PROTOCOL.md V10, V11.2): an
organisation with cities and C neighbourhoods, N members each admitted by a signed record, a
proposal and its version, the open, ballots in sharded boxes (some members change their vote),
the close with what it counted, and the decision. The same seed always gives the same file.

  --voters N    members who may vote, 1 to ${MAX_SIMULATED_VOTERS}
  --rule T      ${RULE_TYPES.join(" | ")}
  --chapters C  neighbourhoods, 1 to ${MAX_SIMULATED_CHAPTERS} (default: one per 500 voters)
  --seed S      any text (default 1)
  --all-membership-kinds
                also sign a valid membership history using every membership kind, to test
                another verifier's roster against this one: a co-founder endorses the root,
                which then admits on a sponsor and a countersign; a role given and revoked;
                an invite redeemed once and closed; in the first neighbourhood a member
                leaves, one is removed and one rotates to a new key (V11.2)
  --delegating P
                P percent of the members delegate to a member picked at random, so chains
                form; a few of them vote anyway (DG, V11.2)
  --depth D     the longest delegation chain, 1 to ${MAX_DEPTH} (default 1: proxies)
  --cap K       the most members one voter carries (default: no cap)
  --threads N   sign on N worker threads (default: one per core, here ${defaultThreads()}); 0 signs
                with WebCrypto in the main thread. The file is the same either way.
  --out FILE    where to write the bundle (default: standard output)

Check it with: chapterhouse verify FILE
Exit status: 0 written, 2 bad arguments, 1 an I/O or signing error.
`;

function failure(code: number, message: string): CommandResult {
  return { code, stdout: "", stderr: `chapterhouse simulate: ${message}\n` };
}

function integer(text: string | undefined, name: string, min: number, max: number): number | string {
  if (text === undefined) return `--${name} is required`;
  if (!/^[0-9]+$/.test(text) || Number(text) < min || Number(text) > max) return `--${name} must be an integer from ${min} to ${max}, not ${JSON.stringify(text)}`;
  return Number(text);
}

/** The simulation the arguments ask for, or a usage error. */
export function parseSimulateArgs(
  args: readonly string[],
): { help: true } | { help: false; options: SimulationOptions; out: string | undefined; threads: number } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        voters: { type: "string" },
        rule: { type: "string" },
        chapters: { type: "string" },
        seed: { type: "string" },
        "all-membership-kinds": { type: "boolean" },
        delegating: { type: "string" },
        depth: { type: "string" },
        cap: { type: "string" },
        threads: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const values = parsed.values;
  if (values.help === true) return { help: true };
  const voters = integer(values.voters, "voters", 1, MAX_SIMULATED_VOTERS);
  if (typeof voters === "string") return { error: voters };
  const rule = values.rule;
  if (rule === undefined || !(RULE_TYPES as readonly string[]).includes(rule)) return { error: `--rule must be one of ${RULE_TYPES.join(", ")}` };
  const chapters = values.chapters === undefined ? undefined : integer(values.chapters, "chapters", 1, MAX_SIMULATED_CHAPTERS);
  if (typeof chapters === "string") return { error: chapters };
  if (values.out === "") return { error: "--out needs a file name" };
  const threads = values.threads === undefined ? defaultThreads() : integer(values.threads, "threads", 0, MAX_THREADS);
  if (typeof threads === "string") return { error: threads };
  const percent = values.delegating === undefined ? undefined : integer(values.delegating, "delegating", 0, 100);
  if (typeof percent === "string") return { error: percent };
  if (percent === undefined && (values.depth !== undefined || values.cap !== undefined)) return { error: "--depth and --cap need --delegating" };
  const depth = values.depth === undefined ? 1 : integer(values.depth, "depth", 1, MAX_DEPTH);
  if (typeof depth === "string") return { error: depth };
  const cap = values.cap === undefined ? null : integer(values.cap, "cap", 1, MAX_CAP);
  if (typeof cap === "string") return { error: cap };
  const options: SimulationOptions = {
    voters,
    rule: rule as RuleType,
    ...(chapters === undefined ? {} : { chapters }),
    ...(values.seed === undefined ? {} : { seed: values.seed }),
    ...(values["all-membership-kinds"] === true ? { allMembershipKinds: true } : {}),
    ...(percent === undefined ? {} : { delegation: { percent, depth, cap } }),
  };
  return { help: false, options, out: values.out, threads };
}

/**
 * Runs `chapterhouse simulate`, signing with `signers` if given, else on `--threads` worker
 * threads (0: WebCrypto in the main thread). Never throws: bad arguments give code 2, a signing
 * or I/O failure code 1.
 */
export async function runSimulate(args: readonly string[], signers?: Parameters<typeof simulateVote>[1]): Promise<CommandResult> {
  const request = parseSimulateArgs(args);
  if ("error" in request) return failure(EXIT_USAGE, `${request.error}\n\n${HELP}`);
  if (request.help) return { code: EXIT_OK, stdout: HELP, stderr: "" };
  const pool = signers === undefined && request.threads > 0 ? new ThreadPool(request.threads) : undefined;
  let text: string;
  let line: string;
  try {
    const { bundle, summary } = await simulateVote(request.options, signers ?? (pool === undefined ? nodeSubtle() : threadSignerFromSeed(pool)));
    text = encodeVoteBundle(bundle);
    line = `${summary.members} members in ${summary.neighbourhoods.length} neighbourhoods, ${summary.ballots} ballots in ${summary.boxes} boxes, result ${summary.result.outcome}${summary.delegations > 0 ? `, ${summary.delegations} delegations, ${summary.carried} members carried` : ""}`;
  } catch (error) {
    return failure(EXIT_FAILURE, `cannot simulate: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pool?.close();
  }
  if (request.out === undefined) return { code: EXIT_OK, stdout: `${text}\n`, stderr: "" };
  try {
    await writeFileAtomically(request.out, new TextEncoder().encode(`${text}\n`));
  } catch (error) {
    return failure(EXIT_FAILURE, `cannot write ${request.out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { code: EXIT_OK, stdout: `wrote ${request.out}: ${line}\n`, stderr: "" };
}

/** The `simulate` command. */
export const simulateCommand: Command = {
  name: "simulate",
  help: HELP,
  run: (args) => runSimulate(args),
};

/** Node's WebCrypto, typed as the core expects it (Node's and the DOM's SubtleCrypto declarations differ). */
function nodeSubtle(): Parameters<typeof simulateVote>[1] {
  const subtle: unknown = globalThis.crypto.subtle;
  return subtle as Parameters<typeof simulateVote>[1];
}
