/**
 * Which record statuses are problems of the vote and which are notes (PROTOCOL.md V9.3). A problem
 * is anything that could change or undermine the vote's result or its proof: a forged or
 * unreadable record anywhere, and any vote record (open, ballot, close, counted, decision) that is
 * not valid. Notes are what a verifier should see but that does not undermine the result: changed
 * and conflicting ballots, valid ballots the close did not count, late ballots, superseded opens
 * and closes, and refused records the vote does not rest on (governance, deliberation).
 */
import type { RecordId } from "../ids.js";
import type { RecordLine, ReportEntry } from "./vote-report.js";

const VOTE_KINDS: ReadonlySet<string> = new Set(["open", "ballot", "close", "counted", "decision"]);
const VOTE_NOTES: ReadonlySet<string> = new Set(["conflicting-seq", "not-counted", "superseded"]);

/** Splits the non-valid record lines into problems and notes (V9.3). Never throws. */
export function classify(records: readonly RecordLine[]): { problems: ReportEntry[]; notes: ReportEntry[] } {
  const problems: ReportEntry[] = [];
  const notes: ReportEntry[] = [];
  for (const line of records) {
    if (line.status === "valid" || line.status === "superseded-seq") continue;
    const entry: ReportEntry = { record: line.id as RecordId, problem: line.status, detail: line.detail ?? "" };
    if (isProblem(line)) problems.push(entry);
    else notes.push(entry);
  }
  return { problems, notes };
}

function isProblem(line: RecordLine): boolean {
  if (line.status === "invalid-signature" || line.status === "non-canonical" || line.kind === null) return true;
  if (!VOTE_KINDS.has(line.kind)) return false;
  if (VOTE_NOTES.has(line.status)) return false;
  return !(line.status === "after-finality" && line.kind === "ballot");
}
