import { useId, useState } from "react";
import type { TallyResult } from "@chapterhouse/crdt/tally";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { DataList } from "../../../shared/ui/DataList.js";
import { Disclosure } from "../../../shared/ui/Disclosure.js";
import { TallyView } from "../components/TallyView.js";
import { VerificationPanel } from "../components/VerificationPanel.js";
import { isKnownStatus, statusAsWords } from "../components/verification-statuses.js";
import { verificationSummaryOf } from "../verification-summary-of.js";
import { VoteProblemList } from "../VoteProblemList.js";
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
export function BundleCheckView({ fileName, check }: { readonly fileName: string; readonly check: BundleCheck }) {
  const t = useT("votes");
  const ids = useId();
  const verdict = verdictOf(check);
  return (
    <section className="bundle-check" aria-labelledby={`${ids}-file`} data-verdict={verdict}>
      <h2 id={`${ids}-file`}>{fileName}</h2>
      {check.type === "unreadable" ? (
        <div className="bundle-verdict" data-testid="bundle-verdict" data-verdict={verdict} role="status">
          <p>
            <strong>{t("check.notABundle")}</strong> {t(`check.unreadable.${check.code}`)}
          </p>
          <p>{t("check.nothingChecked")}</p>
          <Disclosure title={t("check.details")}>
            <p>{check.message}</p>
          </Disclosure>
        </div>
      ) : (
        <BundleReportView check={check} />
      )}
    </section>
  );
}

function BundleReportView({ check }: { readonly check: BundleReport }) {
  const t = useT("votes");
  const format = useFormat();
  const [showReport, setShowReport] = useState(false);
  const { report, options } = check;
  const problems = report.problems.filter((p) => p.record !== null);
  const kinds = new Map(report.records.map((line) => [line.id, line.kind]));
  const sealed = report.close !== null && report.sealed !== null;
  const result = (sealed ? report.sealed : report.recomputed) as TallyResult | null;
  const electorate = report.electorate;
  return (
    <>
      <div className="bundle-verdict" data-testid="bundle-verdict" data-verdict={verdictOf(check)} role="status">
        {report.verified ? (
          <p>
            <strong>{t("check.verified")}</strong> {t("check.verifiedDetail", { count: report.ballots.counted, n: format.count(report.ballots.counted) })}
          </p>
        ) : (
          <p>
            <strong>{t("check.problems")}</strong> {t("check.problemsDetail", { count: report.problems.length, n: format.count(report.problems.length) })}
          </p>
        )}
        {!report.verified && (
          <>
            <VoteProblemList report={report} />
            {problems.length > 0 && (
              <ul className="bundle-problems" aria-label={t("check.problemsLabel")}>
                {problems.map((p) => (
                  <li key={`${p.record} ${p.problem}`} data-record={p.record}>
                    {t("check.problemRecord", {
                      status: isKnownStatus(p.problem) ? t(`status.${p.problem}`) : statusAsWords(p.problem),
                      kind: kinds.get(p.record!) ?? t("check.unreadableKind"),
                    })}{" "}
                    <code title={p.record!}>{shortId(p.record!)}</code>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>

      <DataList
        items={[
          { id: "proposal", term: t("check.proposal"), details: report.proposal.title ?? t("check.proposalUnreadable") },
          { id: "chapter", term: t("check.chapter"), details: check.chapterName ?? (report.vote.chapter === null ? t("check.unknown") : shortId(report.vote.chapter)) },
          {
            id: "electorate",
            term: t("check.electorate"),
            details: (
              <span data-testid="bundle-electorate">
                {electorate === null
                  ? t("check.electorateUnknown")
                  : electorate.unconfirmed.length === 0
                    ? t("check.electorateOf", { count: electorate.members, members: format.count(electorate.members), weight: format.count(electorate.weight) })
                    : t("check.electorateUnconfirmed", {
                        count: electorate.members,
                        members: format.count(electorate.members),
                        weight: format.count(electorate.weight),
                        unconfirmed: format.count(electorate.unconfirmed.length),
                      })}
              </span>
            ),
          },
          {
            id: "ballots",
            term: t("check.ballots"),
            details: (
              <span data-testid="bundle-ballots">
                {t("check.ballotsOf", {
                  count: report.ballots.voters,
                  held: format.count(report.ballots.held),
                  eligible: format.count(report.ballots.eligible),
                  voters: format.count(report.ballots.voters),
                  counted: format.count(report.ballots.counted),
                })}
              </span>
            ),
          },
        ]}
      />

      {result !== null && <TallyView result={result} options={options} sealed={sealed} />}

      <Disclosure title={t("check.howChecked")} headingLevel={3}>
        <VerificationPanel summary={verificationSummaryOf(report, check.signers)} />
      </Disclosure>
      <details className="bundle-report" onToggle={(event) => setShowReport(event.currentTarget.open)}>
        <summary>{t("check.fullReport")}</summary>
        {/* Focusable, so the keyboard can scroll a report wider or longer than its box. */}
        {showReport && (
          <pre data-testid="bundle-report-json" tabIndex={0}>
            {check.canonical}
          </pre>
        )}
      </details>
    </>
  );
}
