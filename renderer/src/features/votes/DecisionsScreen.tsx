import type { ChapterId, OptionId, TallyResult } from "@chapterhouse/crdt";
import { useOrganisation } from "../organisation/index.js";
import type { MemberSpace } from "../organisation/index.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { chapterPath } from "../organisation/index.js";
import { proposalPath } from "../proposals/index.js";
import { organisationPending } from "../organisation/index.js";
import { RequireUnlocked } from "../organisation/index.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";
import { describeRule } from "./components/describe-rule.js";
import { formatCount, formatCountOf, formatPercent } from "../../shared/i18n/format-number.js";
import { OutcomeSummary } from "./components/OutcomeSummary.js";
import type { DecisionEntry } from "./decision-entries.js";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { bundleFileName, downloadText } from "./download-text.js";
import { formatTime } from "./local-time.js";
import { useDecisionEntries } from "./use-decision-entries.js";
import { useProposalVotes } from "./use-proposal-votes.js";

/** The chapter's decisions log: every decision with its rule, turnout and proof. */
export function DecisionsScreen({ organisation, chapter }: { readonly organisation: string; readonly chapter: string }) {
  return (
    <RequireUnlocked title="Decisions">
      {(space) => <DecisionsLog space={space} organisation={organisation} chapter={chapter as ChapterId} />}
    </RequireUnlocked>
  );
}

function DecisionsLog({ space, organisation, chapter }: { readonly space: MemberSpace; readonly organisation: string; readonly chapter: ChapterId }) {
  const { session, view } = useOrganisation(space, organisation);
  const current = view?.roster.chapters.get(chapter);
  const entries = useDecisionEntries(documentUrlOf(organisation), current?.document);
  const pending = organisationPending(view);
  if (pending !== undefined || session === undefined || current === undefined) {
    return (
      <div>
        <ScreenHeading>Decisions</ScreenHeading>
        <p aria-busy="true">{pending ?? "Looking for the chapter…"}</p>
      </div>
    );
  }
  return (
    <div className="decisions-log">
      <ScreenHeading>Decisions of {current.name}</ScreenHeading>
      <p className="lede">
        Every decision the chapter recorded, with its rule and turnout. Each is checked on this device against its whole vote; its proof is the vote
        bundle anyone can verify with <code>chapterhouse verify</code>.
      </p>
      <p>
        <a href={chapterPath.href({ organisation, chapter })}>Back to {current.name}</a>
      </p>
      {entries === undefined ? (
        <p aria-busy="true">Reading the decisions log…</p>
      ) : entries.length === 0 ? (
        <p className="empty-state">No decisions recorded yet. A decision enters the log when a facilitator records a closed vote after its finality time.</p>
      ) : (
        <ol className="decision-list" aria-label="Decisions">
          {entries.map((entry) => (
            <DecisionRow key={entry.id} entry={entry} space={space} session={session} organisation={organisation} chapter={chapter} />
          ))}
        </ol>
      )}
    </div>
  );
}

function DecisionRow({
  entry,
  space,
  session,
  organisation,
  chapter,
}: {
  readonly entry: DecisionEntry;
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly organisation: string;
  readonly chapter: ChapterId;
}) {
  if (entry.proposalDocument === null) {
    return (
      <li className="decision" data-status="unknown-proposal">
        <p>A decision about a proposal this chapter's index does not list: it cannot be checked here.</p>
      </li>
    );
  }
  return <CheckedDecision entry={entry} proposalDocument={entry.proposalDocument} space={space} session={session} organisation={organisation} chapter={chapter} />;
}

function CheckedDecision({
  entry,
  proposalDocument,
  space,
  session,
  organisation,
  chapter,
}: {
  readonly entry: DecisionEntry;
  readonly proposalDocument: NonNullable<DecisionEntry["proposalDocument"]>;
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly organisation: string;
  readonly chapter: ChapterId;
}) {
  const { votes, view } = useProposalVotes(space, session, entry.proposal, proposalDocument, entry.open);
  const reading = view.reading;
  const report = reading?.report ?? null;
  const status = report?.decisions.find((d) => d.id === entry.id)?.status;
  const verified = status === "valid" && report?.verified === true;
  const result = entry.result as TallyResult | undefined;
  const version = reading?.proposal.versions.find((v) => v.id === reading.opens.find((o) => o.id === entry.open)?.body.version);
  const options = (version?.options ?? []).map((o) => ({ id: o.id as OptionId, label: o.label }));
  const rule = result?.rule === undefined ? undefined : describeRule(result.rule);
  const title = entry.title ?? reading?.proposal.title ?? "A proposal";
  return (
    <li className="decision" data-status={status ?? "checking"} data-verified={verified}>
      <h2 className="decision-title">
        <a href={proposalPath.href({ organisation, chapter, proposal: entry.proposal })}>{title}</a>
      </h2>
      {result !== undefined && result.outcome !== undefined && (
        <OutcomeSummary outcome={result.outcome} winners={result.winners ?? []} options={options} sealed />
      )}
      <dl className="facts decision-facts">
        <div>
          <dt>Rule</dt>
          <dd>{rule === undefined ? "unknown" : [`${rule.name}.`, ...rule.details].join(" ")}</dd>
        </div>
        <div>
          <dt>Turnout</dt>
          <dd>
            {result?.turnout === undefined
              ? "unknown"
              : `${formatCount(result.turnout.ballots)} of ${formatCountOf(result.turnout.electorateMembers, "member", "members")}, weight ${formatCount(result.turnout.weight)} of ${formatCount(result.turnout.electorateWeight)} (${formatPercent(result.turnout.weight, result.turnout.electorateWeight)})`}
          </dd>
        </div>
        <div>
          <dt>Recorded</dt>
          <dd>{formatTime(entry.at)}</dd>
        </div>
        <div>
          <dt>Proof</dt>
          <dd data-testid="decision-proof">
            {view.state !== "ready" || report === null
              ? "Checking against its vote…"
              : verified
                ? "Verified on this device against its whole vote."
                : status === "valid"
                  ? "The decision is valid, but its vote has problems on this device (open the proposal to see them)."
                  : `Not a valid decision on this device (${status ?? "its vote's records are missing"}).`}{" "}
            {votes !== undefined && report !== null && (
              <button type="button" className="link-button" onClick={() => void votes.exportBundle(entry.open).then((text) => downloadText(document, bundleFileName(title, entry.open), text))}>
                Download the vote bundle
              </button>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
