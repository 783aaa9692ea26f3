import type { VoteReport } from "@chapterhouse/crdt/report";
import { useT } from "../../shared/i18n/use-t.js";
import { voteProblems } from "./verification-summary-of.js";

/** Vote-wide problems (PROTOCOL.md V9.3) the catalogue words (`voteProblem.<code>`); another is shown with the report's own detail. */
const WORDED = new Set(["open-not-valid", "electorate-unconfirmed", "electorate-empty", "no-close", "result-mismatch", "delegations-unconfirmed", "standing-unconfirmed"] as const);
type WordedProblem = typeof WORDED extends Set<infer P> ? P : never;
const isWorded = (problem: string): problem is WordedProblem => (WORDED as ReadonlySet<string>).has(problem);

/** The problems of a vote as a whole, in words; nothing when there are none. `skip` leaves some out (the page leaves out "no close yet" while voting runs). */
export function VoteProblemList({ report, skip = [] }: { readonly report: Pick<VoteReport, "problems">; readonly skip?: readonly string[] }) {
  const t = useT("votes");
  const problems = voteProblems(report).filter((p) => !skip.includes(p.problem));
  if (problems.length === 0) return null;
  return (
    <ul className="vote-problems" aria-label={t("voteProblem.label")}>
      {problems.map((p) => (
        <li key={p.problem}>{isWorded(p.problem) ? t(`voteProblem.${p.problem}`) : p.detail}</li>
      ))}
    </ul>
  );
}
