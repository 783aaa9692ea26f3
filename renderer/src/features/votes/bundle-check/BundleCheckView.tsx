import { useId, useState } from "react";
import type { TallyResult } from "@chapterhouse/crdt/tally";
import { verificationSummaryOf, voteProblems } from "../verification-summary-of.js";
import { formatCount, formatCountOf } from "../../../shared/i18n/format-number.js";
import { TallyView } from "../components/TallyView.js";
import { VerificationPanel } from "../components/VerificationPanel.js";
import { statusWording } from "../components/verification-statuses.js";
import type { BundleCheck, BundleReport } from "./check-bundle.js";

/** The verdict of a check, as `chapterhouse verify`'s exit status gives it (V11.1): 0, 1, 2. */
export type BundleVerdict = "verified" | "problems" | "unreadable";

/** The verdict of a check. Never throws. */
export function verdictOf(check: BundleCheck): BundleVerdict {
  if (check.type === "unreadable") return "unreadable";
  return check.report.verified ? "verified" : "problems";
}

/** The first characters of an id, enough to tell it apart on screen; the full id is in a tooltip. */
function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 10)}…` : id;
}

/**
 * One vote bundle file checked: the verdict in words (verified, problems found with each record
 * named, or not a vote bundle), what the vote was, its tally, its electorate and ballots, and the
 * details — the verification panel and the report exactly as `chapterhouse verify` prints it.
 */
export function BundleCheckView({
  fileName,
  check,
}: {
  readonly fileName: string;
  readonly check: BundleCheck;
}) {
  const ids = useId();
  const verdict = verdictOf(check);
  return (
    <section className="bundle-check" aria-labelledby={`${ids}-file`} data-verdict={verdict}>
      <h2 id={`${ids}-file`}>{fileName}</h2>
      {check.type === "unreadable" ? (
        <div
          className="bundle-verdict notice"
          data-testid="bundle-verdict"
          data-verdict={verdict}
          role="status"
        >
          <p>
            <strong>Not a vote bundle this app can read</strong>: {check.message}.
          </p>
          <p>
            Nothing was checked: a damaged, cut-short or foreign file gives no verdict (the command-line
            verifier refuses it too).
          </p>
        </div>
      ) : (
        <BundleReportView check={check} />
      )}
    </section>
  );
}

function BundleReportView({ check }: { readonly check: BundleReport }) {
  const [showReport, setShowReport] = useState(false);
  const { report, options } = check;
  const problems = report.problems.filter((p) => p.record !== null);
  const kinds = new Map(report.records.map((line) => [line.id, line.kind]));
  const sealed = report.close !== null && report.sealed !== null;
  const result = (sealed ? report.sealed : report.recomputed) as TallyResult | null;
  return (
    <>
      <div
        className="bundle-verdict"
        data-testid="bundle-verdict"
        data-verdict={verdictOf(check)}
        role="status"
      >
        {report.verified ? (
          <p>
            <strong>Verified</strong>: every record in this file checks out, and the sealed result is the
            tally of the {formatCountOf(report.ballots.counted, "ballot", "ballots")} the close counted.
          </p>
        ) : (
          <p>
            <strong>Problems found</strong>: this file does not prove the vote's result.{" "}
            {formatCountOf(report.problems.length, "problem", "problems")}:
          </p>
        )}
        {!report.verified && (
          <ul className="bundle-problems" aria-label="Problems">
            {voteProblems(report).map((p) => (
              <li key={p.problem}>{p.words}</li>
            ))}
            {problems.map((p) => (
              <li key={`${p.record} ${p.problem}`} data-record={p.record}>
                {statusWording(p.problem).label}: the {kinds.get(p.record!) ?? "unreadable"} record{" "}
                <code title={p.record!}>{shortId(p.record!)}</code>
                {p.detail === "" ? "" : ` (${p.detail})`}
              </li>
            ))}
          </ul>
        )}
      </div>

      <dl className="tally-facts bundle-facts">
        <div>
          <dt>Proposal</dt>
          <dd>{report.proposal.title ?? "(its creation record is not readable)"}</dd>
        </div>
        <div>
          <dt>Deciding chapter</dt>
          <dd>
            {check.chapterName ?? (report.vote.chapter === null ? "(unknown)" : shortId(report.vote.chapter))}
          </dd>
        </div>
        <div>
          <dt>Electorate</dt>
          <dd data-testid="bundle-electorate">
            {report.electorate === null
              ? "Not known: the vote's opening record is not valid."
              : `${formatCountOf(report.electorate.members, "member", "members")}, total weight ${formatCount(report.electorate.weight)}${
                  report.electorate.unconfirmed.length === 0
                    ? ""
                    : `; ${formatCountOf(report.electorate.unconfirmed.length, "entry", "entries")} the file can't confirm`
                }`}
          </dd>
        </div>
        <div>
          <dt>Ballots</dt>
          <dd data-testid="bundle-ballots">
            {formatCount(report.ballots.held)} in the file, {formatCount(report.ballots.eligible)} eligible,
            from {formatCountOf(report.ballots.voters, "member", "members")};{" "}
            {formatCount(report.ballots.counted)} counted by the close
          </dd>
        </div>
      </dl>

      {result !== null && <TallyView result={result} options={options} sealed={sealed} />}

      <VerificationPanel summary={verificationSummaryOf(report, check.signers)} />
      <details className="bundle-report" onToggle={(event) => setShowReport(event.currentTarget.open)}>
        <summary>The full report, as the command-line verifier prints it</summary>
        {showReport && <pre data-testid="bundle-report-json">{check.canonical}</pre>}
      </details>
    </>
  );
}
