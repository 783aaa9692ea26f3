import type { ProposalIndexEntry, ProposalStage } from "@chapterhouse/crdt/proposals";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { memo, useCallback, useId, useMemo } from "react";
import { memberGrant } from "@chapterhouse/crdt/membership";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { useMemberLabel } from "../profiles/index.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { PlainLink } from "../../shared/ui/PlainLink.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { useSlicedRows } from "../../shared/ui/use-sliced-rows.js";
import { REST_AS_TRANSITION, ROWS_PER_SLICE } from "../../shared/ui/use-slices.js";
import { newProposalPath, proposalPath } from "./paths.js";
import { StagePill } from "./StageBadge.js";
import { useProposalSession } from "./use-proposal-session.js";
import "./proposals.css";

/** One row of the list, its words made once per change of the list (a row re-renders only when they change; A11Y4). */
interface Row {
  readonly id: string;
  readonly href: string;
  readonly title: string;
  readonly stage: ProposalStage;
  readonly stageText: string;
  readonly byline: string;
}

const NO_ENTRIES: readonly ProposalIndexEntry[] = [];

/** What a row shows of an entry: a row is made again only when it changes. */
const rowKey = (entry: ProposalIndexEntry): string => `${entry.id} ${entry.stage} ${entry.at} ${entry.author} ${entry.title}`;

const ProposalRow = memo(function ProposalRow({ row }: { readonly row: Row }) {
  return (
    <li data-proposal={row.id}>
      <PlainLink href={row.href}>{row.title}</PlainLink>
      <StagePill stage={row.stage} label={row.stageText} />
      <span className="proposal-byline">{row.byline}</span>
    </li>
  );
});

/**
 * A chapter's proposals, newest first, each with its stage, read from the Chapter document alone
 * (DESIGN §3: the chapter page opens no Proposal document); the way to start one for its members.
 */
export function ChapterProposals({
  space,
  session,
  organisation,
  chapter,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  /** The Organisation document id, as in the address. */
  readonly organisation: string;
  readonly chapter: ChapterId;
}) {
  const t = useT("proposals");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const ids = useId();
  const { view, problem } = useProposalSession(space, session, chapter, null);
  const roster = session.view.get().roster;
  const isMember = memberGrant(roster, chapter, space.member.key) !== undefined;
  const start = (
    <Link href={newProposalPath.href({ organisation, chapter })} variant="standalone">
      {t("list.start")}
    </Link>
  );
  const entries = view?.index ?? NO_ENTRIES;
  // A stage's words translated once per language, not once a row (a handful of stages, a thousand rows).
  const stageText = useMemo(() => {
    const words = new Map<ProposalStage, string>();
    return (stage: ProposalStage): string => {
      let text = words.get(stage);
      if (text === undefined) words.set(stage, (text = t(`stage.${stage}`)));
      return text;
    };
  }, [t]);
  const makeRow = useCallback(
    (entry: ProposalIndexEntry): Row => ({
      id: entry.id,
      href: proposalPath.href({ organisation, chapter, proposal: entry.id }),
      title: entry.title,
      stage: entry.stage,
      stageText: stageText(entry.stage),
      byline: t("list.byline", { author: labelOf(entry.author), date: format.dateTime(entry.at) }),
    }),
    [organisation, chapter, t, stageText, labelOf, format],
  );
  // A chapter may hold a thousand proposals: the first screenful in the task that shows the page,
  // the rest as one transition, React's slices of ~5 ms committed once — never one long task
  // (A11Y4), and not a timer task, a commit and a frame per hundred rows (issue 10).
  const rows = useSlicedRows(entries, rowKey, makeRow, ROWS_PER_SLICE, REST_AS_TRANSITION);
  return (
    <section aria-labelledby={`${ids}-heading`} className="proposals">
      <div className="proposals-heading">
        <h2 id={`${ids}-heading`}>{t("list.heading")}</h2>
        {isMember && entries.length > 0 ? start : null}
      </div>
      {problem === undefined ? null : (
        <p className="proposals-problem" role="alert">
          {t("list.problem", { problem })}
        </p>
      )}
      {view === undefined || view.revision === 0 ? (
        <Skeleton lines={2} />
      ) : entries.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t("list.emptyTitle")}
          description={isMember ? t("list.emptyMember") : t("list.emptyOther")}
          {...(isMember ? { action: start } : {})}
        />
      ) : (
        <ul className="proposal-list" aria-label={t("list.label", { chapter: roster.chapters.get(chapter)?.name ?? "" })}>
          {rows.map((row) => (
            <ProposalRow key={row.id} row={row} />
          ))}
        </ul>
      )}
    </section>
  );
}
