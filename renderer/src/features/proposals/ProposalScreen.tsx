import type { DocHandle } from "@automerge/automerge-repo";
import type { ChapterId, ProposalId, Roster } from "@chapterhouse/crdt";
import { useSyncExternalStore } from "react";
import { useOrganisation } from "../organisation/index.js";
import { memberLabel } from "../organisation/index.js";
import { useMemberNames } from "../organisation/index.js";
import type { MemberSpace } from "../organisation/index.js";
import { chapterPath } from "../organisation/index.js";
import { organisationPending } from "../organisation/index.js";
import { RequireUnlocked } from "../organisation/index.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";
import { proposalSections } from "../../shared/routing/proposal-sections.js";
import { AmendmentForm } from "./AmendmentForm.js";
import { AmendmentList } from "./AmendmentList.js";
import { CommentThread } from "./CommentThread.js";
import { DraftEditor } from "./DraftEditor.js";
import { formatTime } from "./format-time.js";
import {
  acceptAmendment,
  postComment,
  proposeAmendment,
  rejectAmendment,
  type ProposalContext,
} from "./proposal-actions.js";
import { authorOrFacilitatorDeps, memberDeps } from "./proposal-authority.js";
import type { OpenProposal } from "./open-proposal.js";
import type { ProposalDetail } from "@chapterhouse/crdt";
import { RefusedRecords } from "./RefusedRecords.js";
import { SignVersionForm } from "./SignVersionForm.js";
import { StageBadge } from "./StageBadge.js";
import { StageSteps } from "./StageSteps.js";
import { useProposalSession } from "./use-proposal-session.js";
import { VersionList } from "./VersionList.js";

/** One proposal: its stage, the shared draft, signed versions, amendments, comments and its votes. */
export function ProposalScreen({
  organisation,
  chapter,
  proposal,
}: {
  readonly organisation: string;
  readonly chapter: string;
  readonly proposal: string;
}) {
  return (
    <RequireUnlocked title="Proposal">
      {(space) => (
        <Proposal
          space={space}
          organisation={organisation}
          chapter={chapter as ChapterId}
          proposal={proposal as ProposalId}
        />
      )}
    </RequireUnlocked>
  );
}

const NO_HANDLE = { get: () => undefined, subscribe: () => () => undefined };

function can(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

function Proposal({
  space,
  organisation,
  chapter,
  proposal,
}: {
  readonly space: MemberSpace;
  readonly organisation: string;
  readonly chapter: ChapterId;
  readonly proposal: ProposalId;
}) {
  const { session, view } = useOrganisation(space, organisation);
  const { proposals, view: proposalView, problem } = useProposalSession(space, session, chapter, proposal);
  const handleSource = proposals?.handle ?? NO_HANDLE;
  const handle = useSyncExternalStore(handleSource.subscribe, handleSource.get, handleSource.get);
  const pending = organisationPending(view);
  const back = chapterPath.href({ organisation, chapter });
  const waiting = (text: string, busy = true) => (
    <div>
      <ScreenHeading>Proposal</ScreenHeading>
      <p aria-busy={busy}>{text}</p>
      {problem === undefined ? null : (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <p>
        <a href={back}>Back to the chapter</a>
      </p>
    </div>
  );
  if (pending !== undefined || session === undefined || view === undefined)
    return waiting(pending ?? "Opening the organisation…");
  if (proposals === undefined || proposalView === undefined || proposalView.revision === 0)
    return waiting("Reading the proposal…");
  const judged = proposalView.proposal;
  if (judged === null) {
    if (proposalView.document === "unavailable")
      return waiting(
        "This proposal's document is not on this device yet and no relay has sent it. Check that a relay serving the organisation is connected (Settings).",
        false,
      );
    const listed = proposalView.index.some((e) => e.id === proposal);
    return waiting(
      listed
        ? "Opening the proposal's document…"
        : "This proposal is not in this chapter's list on this device (yet).",
      listed,
    );
  }
  if (!judged.found) return waiting(`This proposal can't be shown: ${judged.why}`, false);
  return (
    <ProposalPage
      space={space}
      roster={view.roster}
      proposals={proposals}
      detail={judged.detail}
      handle={handle}
      problem={problem}
      organisation={organisation}
    />
  );
}

function ProposalPage({
  space,
  roster,
  proposals,
  detail,
  handle,
  problem,
  organisation,
}: {
  readonly space: MemberSpace;
  readonly roster: Roster;
  readonly proposals: OpenProposal;
  readonly detail: ProposalDetail;
  readonly handle: DocHandle<unknown> | undefined;
  readonly problem: string | undefined;
  readonly organisation: string;
}) {
  const names = useMemberNames();
  const { key: me, name: myName } = space.member;
  const context: ProposalContext = { space, session: proposals };
  const isMember = can(() => memberDeps(roster, detail.chapter, me, ""));
  const decides = can(() => authorOrFacilitatorDeps(roster, detail.chapter, me, detail.author, ""));
  const latest = detail.versions.at(-1);
  const chapterName = roster.chapters.get(detail.chapter)?.name ?? "the chapter";
  const drafting = detail.stage === "draft" || detail.stage === "deliberation";
  return (
    <div className="proposal">
      <ScreenHeading>{detail.title}</ScreenHeading>
      <p className="chapter-meta">
        <StageBadge stage={detail.stage} />
        <span>
          {" "}
          · proposed by {memberLabel(detail.author, me, myName, names)} in{" "}
          <a href={chapterPath.href({ organisation, chapter: detail.chapter })}>{chapterName}</a> ·{" "}
          {formatTime(detail.at)}
        </span>
      </p>
      <StageSteps stage={detail.stage} />
      {problem === undefined ? null : (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {drafting ? (
        <section aria-labelledby="draft-heading" className="draft">
          <h2 id="draft-heading">Draft</h2>
          {handle === undefined ? (
            <p aria-busy="true">Opening the draft…</p>
          ) : isMember ? (
            <DraftEditor handle={handle} latestText={latest?.text} />
          ) : (
            <p className="help">Members of {chapterName} draft the text together.</p>
          )}
          {handle !== undefined && decides ? (
            <SignVersionForm context={context} detail={detail} handle={handle} />
          ) : (
            <p className="help">The proposal's author or a facilitator signs the draft as a version.</p>
          )}
        </section>
      ) : null}
      <VersionList detail={detail} me={me} myName={myName} />
      <AmendmentList
        detail={detail}
        me={me}
        myName={myName}
        decide={
          decides
            ? {
                accept: (amendment) => acceptAmendment(context, amendment),
                reject: (amendment, reason) => rejectAmendment(context, amendment, reason),
              }
            : undefined
        }
      />
      {isMember && latest !== undefined && drafting ? (
        <AmendmentForm
          key={latest.id}
          latest={latest}
          onPropose={(change, reason) => proposeAmendment(context, { change, reason })}
        />
      ) : null}
      <CommentThread
        detail={detail}
        me={me}
        myName={myName}
        onPost={isMember ? (text, replyTo) => postComment(context, { text, replyTo }) : undefined}
      />
      {proposalSections.all().map((section) => (
        <section.Content key={section.id} organisation={organisation} chapter={detail.chapter} proposal={detail.id} proposalUrl={detail.document} />
      ))}
      <RefusedRecords refused={detail.refused} />
    </div>
  );
}
