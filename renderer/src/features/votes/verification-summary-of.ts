/**
 * The verification panel's summary (`components/verification-summary.ts`) from the core's
 * verification report (PROTOCOL.md V9.4): counts per status, the records the report singles out
 * with its reasons, the electorate entries this device can't confirm, whether the recomputed
 * tally matches the sealed one, and the contested opens and closes. Vote-wide problems (no
 * close yet, an empty electorate…) have no record: `voteProblems` lists them, and the screens
 * word them (`VoteProblemList`).
 */
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { VoteReport } from "@chapterhouse/crdt/report";
import type { ContestedEntry, VerificationEntry, VerificationSummary } from "./components/verification-summary.js";

/** The summary of `report`; `signers` names the signer of listed records where known. Never throws. */
export function verificationSummaryOf(report: VoteReport, signers: { readonly [record: string]: MemberKey } = {}): VerificationSummary {
  const counts: Record<string, number> = {};
  for (const line of report.records) counts[line.status] = (counts[line.status] ?? 0) + 1;
  const records: VerificationEntry[] = [...report.problems, ...report.notes]
    .filter((entry) => entry.record !== null && entry.problem !== "contested")
    .map((entry) => {
      const member = signers[entry.record!];
      return { recordId: entry.record!, status: entry.problem, reason: entry.detail, ...(member === undefined ? {} : { member }) };
    });
  const contested: ContestedEntry[] = [];
  const contestedOpens = report.opens.filter((o) => o.status === "contested").map((o) => o.id);
  if (contestedOpens.length > 0) {
    contested.push({ kind: "open", recordIds: contestedOpens });
  }
  const contestedCloses = report.closes.filter((c) => c.status === "contested").map((c) => c.id);
  if (contestedCloses.length > 0) {
    contested.push({ kind: "close", recordIds: contestedCloses });
  }
  return {
    ballotsVerified: report.ballots.eligible,
    counts,
    records,
    unconfirmedElectorate: report.electorate?.unconfirmed.length ?? 0,
    sealedMatches: report.close === null ? null : report.matches,
    contested,
  };
}

/** The report's problems that are about the vote as a whole (V9.3): each its code and the report's own detail. Never throws. */
export function voteProblems(report: Pick<VoteReport, "problems">): { readonly problem: string; readonly detail: string }[] {
  return report.problems.filter((entry) => entry.record === null).map((entry) => ({ problem: entry.problem, detail: entry.detail }));
}
