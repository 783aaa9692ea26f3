import type { DocHandle } from "@automerge/automerge-repo";
import { memberGrant, type Roster } from "@chapterhouse/crdt/membership";
import { authorOrFacilitatorDeps, type ProposalDetail } from "@chapterhouse/crdt/proposals";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useText } from "../../shared/i18n/text-key.js";
import { useT } from "../../shared/i18n/use-t.js";
import { proposalSections } from "../../shared/routing/proposal-sections.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { RouteTabs } from "../../shared/ui/RouteTabs.js";
import { chapterPath, type MemberSpace } from "../organisation/index.js";
import { useMemberLabel } from "../profiles/index.js";
import { proposalPath, proposalViewPath } from "./paths.js";
import { ProposalDiscussion } from "./ProposalDiscussion.js";
import type { OpenProposal } from "./open-proposal.js";
import type { ProposalRoute } from "./ProposalScreen.js";
import { ProposalText } from "./ProposalText.js";
import { StageBadge } from "./StageBadge.js";
import { StageSteps } from "./StageSteps.js";

/** What a view of the proposal page is given. */
export interface ProposalViewProps {
  readonly space: MemberSpace;
  readonly proposals: OpenProposal;
  readonly detail: ProposalDetail;
  /** The Proposal document, for the shared draft; undefined while it opens. */
  readonly handle: DocHandle<unknown> | undefined;
  /** A member of the chapter (or below it): drafts, comments, proposes amendments. */
  readonly isMember: boolean;
  /** The author or a facilitator: publishes versions, accepts and rejects amendments. */
  readonly decides: boolean;
}

/**
 * A proposal's page: a compact header (title, stage, chapter, author) and its views as tabs that
 * are routes — its text (the current version and the shared draft), its discussion (comments and
 * amendments), and what other features add (the vote).
 */
export function ProposalPage({
  space,
  roster,
  proposals,
  detail,
  handle,
  problem,
  route,
}: {
  readonly space: MemberSpace;
  readonly roster: Roster;
  readonly proposals: OpenProposal;
  readonly detail: ProposalDetail;
  readonly handle: DocHandle<unknown> | undefined;
  readonly problem: string | undefined;
  readonly route: ProposalRoute;
}) {
  const t = useT("proposals");
  const text = useText();
  const format = useFormat();
  const labelOf = useMemberLabel();
  const { key: me } = space.member;
  const isMember = memberGrant(roster, detail.chapter, me) !== undefined;
  const decides = authorOrFacilitatorDeps(roster, detail.chapter, me, detail.author) !== undefined;
  const { organisation, chapter, proposal, view } = route;
  const place = { organisation, chapter, proposal };
  const discussed = detail.comments.length + detail.amendments.length;
  const sections = proposalSections.all();
  const tabs = [
    { id: "text", label: t("tabs.text"), href: proposalPath.href(place) },
    { id: "discussion", label: discussed === 0 ? t("tabs.discussion") : t("tabs.discussionCount", { n: format.count(discussed) }), href: proposalViewPath.href({ ...place, view: "discussion" }) },
    ...sections.map((section) => ({ id: section.id, label: text(section.title), href: proposalViewPath.href({ ...place, view: section.id }) })),
  ];
  const props: ProposalViewProps = { space, proposals, detail, handle, isMember, decides };
  const section = sections.find((s) => s.id === view);
  const known = view === "text" || view === "discussion" || section !== undefined;
  return (
    <div className="proposal">
      <header className="proposal-header">
        <PageHeading focusKey={detail.id}>{detail.title}</PageHeading>
        <p className="proposal-meta">
          <StageBadge stage={detail.stage} />
          <Link href={chapterPath.href({ organisation, chapter: detail.chapter })}>{roster.chapters.get(detail.chapter)?.name ?? t("page.chapter")}</Link>
          <span>{t("page.proposedBy", { author: labelOf(detail.author), date: format.dateTime(detail.at) })}</span>
        </p>
        <StageSteps stage={detail.stage} />
        {problem === undefined ? null : (
          <p className="form-problem" role="alert">
            {t("page.problem", { problem })}
          </p>
        )}
      </header>
      <RouteTabs label={t("tabs.label")} tabs={tabs} selectedId={known ? view : "text"}>
        {view === "text" || !known ? (
          <>
            {known ? null : <EmptyState title={t("page.noSuchView")} description={t("page.noSuchViewHelp")} headingLevel={2} />}
            <ProposalText {...props} />
          </>
        ) : view === "discussion" ? (
          <ProposalDiscussion {...props} />
        ) : section === undefined ? null : (
          <section.Content organisation={organisation} chapter={detail.chapter} proposal={detail.id} proposalUrl={detail.document} />
        )}
      </RouteTabs>
    </div>
  );
}
