/**
 * `chapterhouse demo` (PROTOCOL.md V11.3): the README's quick start. Simulates a small vote,
 * verifies it as `chapterhouse verify` would, and prints a short summary for people.
 */
import { parseArgs } from "node:util";
import { verifyVote, type VoteReport } from "@chapterhouse/crdt/report";
import { simulateVote, type SimulationSummary } from "@chapterhouse/crdt/simulation";
import type { RuleType } from "@chapterhouse/crdt/tally";
import { createVerifier, type Verifier } from "@chapterhouse/crdt/verify";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command, type CommandResult } from "./command.js";

const HELP = `Usage: chapterhouse demo [--rule schulze|majority]

Simulates a small vote (60 members in 3 neighbourhoods), signs every record, verifies it the way
\`chapterhouse verify\` does, and prints who voted on what, the result and the verification.
To keep the bundle and check it yourself:
  chapterhouse simulate --voters 60 --chapters 3 --rule schulze --seed demo --out vote.json
  chapterhouse verify vote.json

Exit status: 0 the vote verified, 1 it did not (or the demo failed), 2 bad arguments.
`;

const fraction = (f: { num: number; den: number } | undefined) => (f === undefined ? "none" : `${f.num}/${f.den}`);

/** The human summary of a simulated and verified vote. Never throws. */
export function demoSummary(summary: SimulationSummary, report: VoteReport): string {
  const hoods = summary.neighbourhoods.map((h) => `${h.name} ${h.members}${h.weight > 1 ? ` (weight ${h.weight})` : ""}`).join(", ");
  const result = summary.result;
  const choices = "choices" in result.totals ? Object.entries(result.totals.choices).map(([choice, total]) => `${choice} ${total.weight}`) : [];
  const outcome =
    result.winners.length > 0
      ? `${result.outcome}: ${result.winners.join(", ")}`
      : `${result.outcome}${choices.length > 0 ? ` (by weight: ${choices.join(", ")})` : ""}`;
  const ranking = result.ranking.length > 0 ? [`              ranking: ${result.ranking.map((place, i) => `${i + 1}. ${place.join(" = ")}`).join("  ")}`] : [];
  const ballots = report.records.filter((r) => r.kind === "ballot").length;
  const admissions = report.records.filter((r) => r.kind === "admit" && r.status === "valid").length;
  const verified = report.verified
    ? `${ballots} ballots and ${admissions} admissions checked (${report.records.length} signed records); sealed result matches`
    : `NOT verified: ${report.problems.length} problems (first: ${report.problems[0]?.problem ?? "?"} ${report.problems[0]?.record ?? ""})`;
  const weights = summary.neighbourhoods.filter((h) => h.weight > 1).map((h) => `members of ${h.name} weigh ${h.weight}`);
  return [
    "Chapterhouse demo: a vote simulated, signed and verified on this computer",
    "",
    `Organisation  ${summary.organisation}: ${summary.cities} ${summary.cities === 1 ? "city" : "cities"}, ${summary.neighbourhoods.length} neighbourhoods (${hoods}); ${summary.members} members`,
    `Proposal      "${summary.proposal}"${summary.options.length > 0 ? `: ${summary.options.map((o) => o.id).join(", ")}` : ""}`,
    `Vote          ${summary.rule.type}, quorum ${fraction(summary.rule.quorum)}${weights.length > 0 ? `, ${weights.join(", ")}` : ""}; ${summary.boxes} ballot boxes`,
    `Ballots       ${summary.ballots} cast by ${summary.voted} members (${summary.changed} changed their vote)`,
    `Result        ${outcome} (turnout ${result.turnout.weight} of ${result.turnout.electorateWeight} weight)`,
    ...ranking,
    `Verified      ${verified}`,
    "",
  ].join("\n");
}

/**
 * Runs the demo with WebCrypto (`subtle`) and the given verifier (default: the backend probe's).
 * Never throws: bad arguments give code 2, a failure code 1.
 */
export async function runDemo(args: readonly string[], subtle: Parameters<typeof simulateVote>[1] = nodeSubtle(), verifier?: Verifier): Promise<CommandResult> {
  let rule: RuleType;
  try {
    const parsed = parseArgs({ args: [...args], strict: true, allowPositionals: false, options: { rule: { type: "string" }, help: { type: "boolean", short: "h" } } });
    if (parsed.values.help === true) return { code: EXIT_OK, stdout: HELP, stderr: "" };
    const asked = parsed.values.rule ?? "schulze";
    if (asked !== "schulze" && asked !== "majority") throw new Error("--rule must be schulze or majority");
    rule = asked;
  } catch (error) {
    return { code: EXIT_USAGE, stdout: "", stderr: `chapterhouse demo: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}` };
  }
  try {
    const { bundle, summary } = await simulateVote({ voters: 60, chapters: 3, rule, seed: "demo" }, subtle);
    const report = await verifyVote(bundle, verifier ?? (await createVerifier()));
    return { code: report.verified ? EXIT_OK : EXIT_FAILURE, stdout: demoSummary(summary, report), stderr: "" };
  } catch (error) {
    return { code: EXIT_FAILURE, stdout: "", stderr: `chapterhouse demo: ${error instanceof Error ? error.message : String(error)}\n` };
  }
}

/** The `demo` command. */
export const demoCommand: Command = {
  name: "demo",
  summary: "simulate, sign and verify a small vote, and summarise it",
  help: HELP,
  run: (args) => runDemo(args),
};

/** Node's WebCrypto, typed as the core expects it (Node's and the DOM's SubtleCrypto declarations differ). */
function nodeSubtle(): Parameters<typeof simulateVote>[1] {
  const subtle: unknown = globalThis.crypto.subtle;
  return subtle as Parameters<typeof simulateVote>[1];
}
