/**
 * Which record statuses are problems of the vote and which are notes (PROTOCOL.md V9.3). A problem
 * is anything that could change or undermine the vote's result or its proof: tampering anywhere
 * (any text the chokepoint refuses), and any vote record (open, ballot, close, counted, decision)
 * that is not valid. Notes are what a verifier should see but that does not undermine the result:
 * changed and conflicting ballots, valid ballots the close did not count, late ballots, superseded
 * opens and closes, and refused records the vote does not rest on (governance, deliberation).
 */
import type { RecordId } from "../records/ids.js";
import { isVoteKind } from "../votes/kinds.js";
import type { RecordLine, ReportEntry } from "./vote-report.js";

const VOTE_NOTES: ReadonlySet<string> = new Set(["conflicting-seq", "not-counted", "superseded"]);

/**
 * Splits the non-valid record lines into problems and notes (V9.3). `tampered` are the lines of
 * texts the chokepoint refused (D3.3–D3.6): problems whatever kind they claim, since a damaged
 * text's own kind cannot be trusted ("decision" altered to "ducision" is still a damaged decision).
 * Never throws.
 */
export function classify(records: readonly RecordLine[], tampered: (line: RecordLine) => boolean): { problems: ReportEntry[]; notes: ReportEntry[] } {
  const problems: ReportEntry[] = [];
  const notes: ReportEntry[] = [];
  for (const line of records) {
    if (line.status === "valid" || line.status === "superseded-seq") continue;
    // Members in canonical order (R1.1), so that writing the report copies no entry.
    const entry: ReportEntry = { detail: line.detail ?? "", problem: line.status, record: line.id as RecordId };
    if (tampered(line) || isVoteProblem(line)) problems.push(entry);
    else notes.push(entry);
  }
  return { problems, notes };
}

/** A held record (its kind is signed, so it can be trusted) of a vote kind, not valid nor a note. */
function isVoteProblem(line: RecordLine): boolean {
  if (line.kind === null || !isVoteKind(line.kind)) return false;
  if (VOTE_NOTES.has(line.status)) return false;
  return !(line.status === "after-finality" && line.kind === "ballot");
}
