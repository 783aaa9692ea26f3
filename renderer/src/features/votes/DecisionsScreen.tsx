import type { ChapterId } from "@chapterhouse/crdt/records";
import type { OptionId, TallyResult } from "@chapterhouse/crdt/tally";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { chapterPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { DecisionDissents } from "../dissent/index.js";
import { proposalPath } from "../proposals/index.js";
import { OutcomeSummary } from "./components/OutcomeSummary.js";
import { useDescribeRule } from "./components/use-describe-rule.js";
import type { DecisionEntry } from "./decision-entries.js";
import { bundleFileName, downloadText } from "./download-text.js";
import { useDecisionEntries } from "./use-decision-entries.js";
import { useProposalVotes } from "./use-proposal-votes.js";
import "./votes.css";

/** The chapter's decisions log: every decision with its rule, turnout and proof. */
export function DecisionsScreen({ organisation, chapter }: { readonly organisation: string; readonly chapter: string }) {
  const t = useT("votes");
  return (
    <RequireUnlocked title={t("decisions.title")}>
      {(space) => <DecisionsLog space={space} organisation={organisation} chapter={chapter as ChapterId} />}
    </RequireUnlocked>
  );
}

function DecisionsLog({ space, organisation, chapter }: { readonly space: MemberSpace; readonly organisation: string; readonly chapter: ChapterId }) {
  const t = useT("votes");
  const { session, view } = useOrganisation(space, organisation);
  const current = view?.roster.chapters.get(chapter);
  const entries = useDecisionEntries(documentUrlOf(organisation), current?.document);
  const pending = organisationPending(view);
  if (pending !== undefined || session === undefined || current === undefined) {
    return (
      <div className="decisions-log">
        <PageHeading>{t("decisions.title")}</PageHeading>
        <p aria-busy="true">{pending ?? t("decisions.lookingForChapter")}</p>
      </div>
    );
  }
  return (
    <div className="decisions-log">
      <PageHeading>{t("decisions.titleOf", { chapter: current.name })}</PageHeading>
      <p className="vote-lede">{t("decisions.lede")}</p>
      <Link href={chapterPath.href({ organisation, chapter })} variant="standalone">
        {t("decisions.back", { chapter: current.name })}
      </Link>
      {entries === undefined ? (
        <Skeleton lines={3} />
      ) : entries.length === 0 ? (
        <EmptyState title={t("decisions.emptyTitle")} description={t("decisions.empty")} />
      ) : (
        <ol className="decision-list" aria-label={t("decisions.label")}>
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
  const t = useT("votes");
  if (entry.proposalDocument === null) {
    return (
      <li className="decision" data-status="unknown-proposal">
        <p>{t("decisions.unknownProposal")}</p>
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
  const t = useT("votes");
  const format = useFormat();
  const describeRule = useDescribeRule();
  const { votes, view } = useProposalVotes(space, session, entry.proposal, proposalDocument, entry.open);
  const reading = view.reading;
  const report = reading?.report ?? null;
  const status = report?.decisions.find((d) => d.id === entry.id)?.status;
  const verified = status === "valid" && report?.verified === true;
  const result = entry.result as TallyResult | undefined;
  const version = reading?.proposal.versions.find((v) => v.id === reading.opens.find((o) => o.id === entry.open)?.body.version);
  const options = (version?.options ?? []).map((o) => ({ id: o.id as OptionId, label: o.label }));
  const rule = result?.rule === undefined ? undefined : describeRule(result.rule);
  const title = entry.title ?? reading?.proposal.title ?? t("decisions.aProposal");
  const turnout = result?.turnout;
  const proof =
    view.state !== "ready" || report === null
      ? { tone: "neutral" as const, text: t("decisions.checking") }
      : verified
        ? { tone: "success" as const, text: t("decisions.verified") }
        : status === "valid"
          ? { tone: "warning" as const, text: t("decisions.validWithProblems") }
          : { tone: "danger" as const, text: t("decisions.invalid") };
  return (
    <li className="decision" data-status={status ?? "checking"} data-verified={verified}>
      <h2 className="decision-title">
        <Link href={proposalPath.href({ organisation, chapter, proposal: entry.proposal })} variant="standalone">
          {title}
        </Link>
      </h2>
      {result !== undefined && result.outcome !== undefined && <OutcomeSummary outcome={result.outcome} winners={result.winners ?? []} options={options} sealed />}
      <DataList
        items={[
          { id: "rule", term: t("decisions.rule"), details: rule === undefined ? t("decisions.unknown") : [rule.name, ...rule.details].join(" · ") },
          {
            id: "turnout",
            term: t("decisions.turnout"),
            details:
              turnout === undefined
                ? t("decisions.unknown")
                : t("decisions.turnoutOf", {
                    count: turnout.electorateMembers,
                    ballots: format.count(turnout.ballots),
                    members: format.count(turnout.electorateMembers),
                    weight: format.count(turnout.weight),
                    total: format.count(turnout.electorateWeight),
                    percent: format.percent(turnout.weight, turnout.electorateWeight),
                  }),
          },
          { id: "recorded", term: t("decisions.recorded"), details: format.dateTime(entry.at) },
          {
            id: "proof",
            term: t("decisions.proof"),
            details: (
              <span className="decision-proof" data-testid="decision-proof">
                <StatusPill tone={proof.tone}>{proof.text}</StatusPill>
                {votes !== undefined && report !== null && (
                  <Button variant="quiet" size="small" onPress={() => void votes.exportBundle(entry.open).then((text) => downloadText(document, bundleFileName(title, entry.open), text))}>
                    {t("bundle.download")}
                  </Button>
                )}
              </span>
            ),
          },
        ]}
      />
      <DecisionDissents space={space} session={session} chapter={chapter} decision={entry.id} />
    </li>
  );
}
