import { useId } from "react";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { formatCount } from "../../../shared/i18n/format-number.js";
import type { VerificationEntry, VerificationSummary } from "./verification-summary.js";
import { statusWording } from "./verification-statuses.js";

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

/**
 * What this device checked: ballots verified, whether the recomputed tally matches the sealed one,
 * electorate entries it can't confirm, records with problems and their reasons, anything contested.
 * The headline is a polite live region, so a screen reader hears when it changes.
 */
export function VerificationPanel({ summary, memberName }: VerificationPanelProps) {
  const ids = useId();
  const problems = summary.records.filter((entry) => statusWording(entry.status).tone === "problem");
  const notes = summary.records.filter((entry) => statusWording(entry.status).tone !== "problem");
  const concerns = problems.length + summary.contested.length + (summary.sealedMatches === false ? 1 : 0);
  const headline =
    concerns === 0
      ? summary.unconfirmedElectorate === 0
        ? "Everything this device holds checks out."
        : "Everything this device holds checks out, but it can't confirm the whole electorate."
      : `${formatCount(concerns)} ${concerns === 1 ? "thing needs" : "things need"} attention.`;
  const statusCounts = Object.entries(summary.counts)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const who = (member: MemberKey | undefined) => {
    if (member === undefined) return "–";
    return memberName?.(member) ?? shortId(member);
  };

  return (
    <section className="verification-panel" aria-labelledby={`${ids}-title`} data-concerns={concerns}>
      <h2 id={`${ids}-title`}>Verification</h2>
      <p className="verification-headline" role="status" aria-live="polite" data-ok={concerns === 0}>
        {headline}
      </p>
      <dl className="tally-facts verification-facts">
        <div>
          <dt>Ballots verified on this device</dt>
          <dd data-testid="ballots-verified">{formatCount(summary.ballotsVerified)}</dd>
        </div>
        <div data-state={summary.sealedMatches === null ? "none" : summary.sealedMatches ? "ok" : "problem"}>
          <dt>Recomputed tally</dt>
          <dd data-testid="sealed-matches">
            {summary.sealedMatches === null
              ? "Nothing sealed yet to compare with."
              : summary.sealedMatches
                ? "Matches the sealed result."
                : "Does not match the sealed result."}
          </dd>
        </div>
        <div data-state={summary.unconfirmedElectorate === 0 ? "ok" : "info"}>
          <dt>Electorate entries this device can't confirm</dt>
          <dd data-testid="unconfirmed-electorate">
            {formatCount(summary.unconfirmedElectorate)}
            {summary.unconfirmedElectorate > 0 && " (it lacks some of the membership records they rest on; they may arrive with the next sync)"}
          </dd>
        </div>
      </dl>

      <h3>Records with problems</h3>
      {problems.length === 0 ? (
        <p className="empty-state">None: no invalid, ineligible, conflicting or uncounted records.</p>
      ) : (
        <EntryTable caption="Records with problems" entries={problems} who={who} />
      )}

      {notes.length > 0 && (
        <>
          <h3>Other records</h3>
          <EntryTable caption="Other records, not errors" entries={notes} who={who} />
        </>
      )}

      <h3>Contested</h3>
      {summary.contested.length === 0 ? (
        <p className="empty-state">Nothing is contested.</p>
      ) : (
        <ul className="contested-list">
          {summary.contested.map((entry) => (
            <li key={`${entry.kind}:${entry.recordIds.join(",")}`}>
              <strong>Contested {entry.kind}</strong>: {entry.reason}{" "}
              <span className="record-ids">
                ({entry.recordIds.map((id) => (
                  <code key={id} title={id}>
                    {shortId(id)}
                  </code>
                ))}
                )
              </span>
            </li>
          ))}
        </ul>
      )}

      {statusCounts.length > 0 && (
        <table className="tally-table verification-counts">
          <caption>Records by status</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Records
              </th>
            </tr>
          </thead>
          <tbody>
            {statusCounts.map(([status, count]) => (
              <tr key={status} data-tone={statusWording(status).tone}>
                <th scope="row">{statusWording(status).label}</th>
                <td className="num">{formatCount(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface EntryTableProps {
  readonly caption: string;
  readonly entries: readonly VerificationEntry[];
  readonly who: (member: MemberKey | undefined) => string;
}

function EntryTable({ caption, entries, who }: EntryTableProps) {
  return (
    <table className="tally-table verification-records">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Record</th>
          <th scope="col">Member</th>
          <th scope="col">Status</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={`${entry.recordId}:${entry.status}`} data-status={entry.status}>
            <th scope="row">
              <code title={entry.recordId}>{shortId(entry.recordId)}</code>
            </th>
            <td>{who(entry.member)}</td>
            <td>{statusWording(entry.status).label}</td>
            <td>{entry.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
