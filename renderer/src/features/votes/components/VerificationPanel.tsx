import { useId } from "react";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { DataList } from "../../../shared/ui/DataList.js";
import { DataTable } from "../../../shared/ui/DataTable.js";
import { isKnownStatus, statusAsWords, statusTone } from "./verification-statuses.js";
import type { VerificationEntry, VerificationSummary } from "./verification-summary.js";

/** Props of the verification panel. */
export interface VerificationPanelProps {
  readonly summary: VerificationSummary;
  /** A member's display name; the key's start is shown when omitted or unknown. */
  readonly memberName?: (member: MemberKey) => string | undefined;
}

/** The first characters of an id or key, enough to tell it apart on screen; the full text is in a tooltip. */
function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 10)}…` : id;
}

function concernsOf(summary: VerificationSummary): number {
  const problems = summary.records.filter((entry) => statusTone(entry.status) === "problem").length;
  return problems + summary.contested.length + (summary.sealedMatches === false ? 1 : 0);
}

/**
 * What this device checked, in the protocol's own terms (it lives in a details panel): ballots
 * verified, whether the recomputed tally matches the sealed one, electorate entries it can't
 * confirm, records with problems and their reasons, anything contested, records by status. The
 * headline is a polite live region, so a screen reader hears when it changes.
 */
export function VerificationPanel({ summary, memberName }: VerificationPanelProps) {
  const t = useT("votes");
  const format = useFormat();
  const concerns = concernsOf(summary);
  const headline =
    concerns > 0
      ? t("verification.attention", { count: concerns, n: format.count(concerns) })
      : summary.unconfirmedElectorate === 0
        ? t("verification.allGood")
        : t("verification.allGoodButElectorate");
  const ids = useId();
  const problems = summary.records.filter((entry) => statusTone(entry.status) === "problem");
  const notes = summary.records.filter((entry) => statusTone(entry.status) !== "problem");
  const statusWords = (status: string) => (isKnownStatus(status) ? t(`status.${status}`) : statusAsWords(status));
  const statusCounts = Object.entries(summary.counts)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const who = (member: MemberKey | undefined) => (member === undefined ? "–" : (memberName?.(member) ?? shortId(member)));
  const entryTable = (caption: string, entries: readonly VerificationEntry[]) => (
    <DataTable
      caption={caption}
      rows={entries}
      rowKey={(entry) => `${entry.recordId}:${entry.status}`}
      columns={[
        { id: "record", title: t("verification.record"), isRowHeader: true, cell: (entry) => <code title={entry.recordId}>{shortId(entry.recordId)}</code> },
        { id: "member", title: t("verification.member"), cell: (entry) => who(entry.member) },
        { id: "status", title: t("verification.status"), cell: (entry) => statusWords(entry.status) },
        { id: "reason", title: t("verification.reason"), cell: (entry) => entry.reason },
      ]}
    />
  );

  return (
    <section className="verification-panel" aria-labelledby={`${ids}-title`} data-concerns={concerns}>
      <h3 id={`${ids}-title`} className="ui-visually-hidden">
        {t("verification.title")}
      </h3>
      <p className="verification-headline" role="status" aria-live="polite" data-ok={concerns === 0}>
        {headline}
      </p>
      <DataList
        items={[
          { id: "verified", term: t("verification.ballotsVerified"), details: <span data-testid="ballots-verified">{format.count(summary.ballotsVerified)}</span> },
          {
            id: "matches",
            term: t("verification.recomputed"),
            details: (
              <span data-testid="sealed-matches" data-state={summary.sealedMatches === null ? "none" : summary.sealedMatches ? "ok" : "problem"}>
                {summary.sealedMatches === null ? t("verification.nothingSealed") : summary.sealedMatches ? t("verification.matches") : t("verification.mismatch")}
              </span>
            ),
          },
          {
            id: "unconfirmed",
            term: t("verification.unconfirmed"),
            details: (
              <span data-testid="unconfirmed-electorate">
                {summary.unconfirmedElectorate === 0 ? format.count(0) : t("verification.unconfirmedSome", { n: format.count(summary.unconfirmedElectorate) })}
              </span>
            ),
          },
        ]}
      />

      <h4>{t("verification.problems")}</h4>
      {problems.length === 0 ? <p>{t("verification.noProblems")}</p> : entryTable(t("verification.problems"), problems)}

      {notes.length > 0 && (
        <>
          <h4>{t("verification.others")}</h4>
          {entryTable(t("verification.othersCaption"), notes)}
        </>
      )}

      <h4>{t("verification.contested")}</h4>
      {summary.contested.length === 0 ? (
        <p>{t("verification.nothingContested")}</p>
      ) : (
        <ul className="contested-list">
          {summary.contested.map((entry) => (
            <li key={`${entry.kind}:${entry.recordIds.join(",")}`}>
              <strong>{entry.kind === "open" ? t("verification.contestedOpens") : t("verification.contestedCloses")}</strong>{" "}
              {entry.kind === "open" ? t("verification.contestedOpensHelp") : t("verification.contestedClosesHelp")}{" "}
              <span className="record-ids">
                {entry.recordIds.map((id) => (
                  <code key={id} title={id}>
                    {shortId(id)}
                  </code>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}

      {statusCounts.length > 0 && (
        <DataTable
          caption={t("verification.byStatus")}
          rows={statusCounts}
          rowKey={([status]) => status}
          columns={[
            { id: "status", title: t("verification.status"), isRowHeader: true, cell: ([status]) => <span data-tone={statusTone(status)}>{statusWords(status)}</span> },
            { id: "records", title: t("verification.records"), align: "end", cell: ([, count]) => format.count(count) },
          ]}
        />
      )}
    </section>
  );
}
