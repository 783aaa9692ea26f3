import type { ChapterId, ProposalId } from "@chapterhouse/crdt/records";
import { useSyncExternalStore, type ReactNode } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { chapterPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace } from "../organisation/index.js";
import { ProposalPage } from "./ProposalPage.js";
import { useProposalSession } from "./use-proposal-session.js";
import "./proposals.css";


/** The route's proposal and which of its views is shown: its text, its discussion, or a section another feature adds. */
export interface ProposalRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly proposal: string;
  /** "text", "discussion", or a registered section's id ("vote"). */
  readonly view: string;
}

/** One proposal: a compact header, then one view of it at a time. */
export function ProposalScreen(route: ProposalRoute) {
  const t = useT("proposals");
  return <RequireUnlocked title={t("page.title")}>{(space) => <Proposal space={space} {...route} />}</RequireUnlocked>;
}

const NO_HANDLE = { get: () => undefined, subscribe: () => () => undefined };

function Proposal({ space, organisation, chapter, proposal, view }: ProposalRoute & { readonly space: MemberSpace }) {
  const t = useT("proposals");
  const { session, view: organisationView } = useOrganisation(space, organisation);
  const { proposals, view: proposalView, problem } = useProposalSession(space, session, chapter as ChapterId, proposal as ProposalId);
  const handleSource = proposals?.handle ?? NO_HANDLE;
  const handle = useSyncExternalStore(handleSource.subscribe, handleSource.get, handleSource.get);
  const pending = organisationPending(organisationView);
  const waiting = (text: string, busy = true) => (
    <Waiting busy={busy} problem={problem} back={chapterPath.href({ organisation, chapter })}>
      {text}
    </Waiting>
  );
  if (pending !== undefined || session === undefined || organisationView === undefined) return waiting(pending ?? t("page.openingOrganisation"));
  if (proposals === undefined || proposalView === undefined || proposalView.revision === 0) return waiting(t("page.reading"));
  const judged = proposalView.proposal;
  if (judged === null) {
    if (proposalView.document === "unavailable") return waiting(t("page.unavailable"), false);
    const listed = proposalView.index.some((entry) => entry.id === proposal);
    return waiting(listed ? t("page.openingDocument") : t("page.notListed"), listed);
  }
  if (!judged.found) return waiting(t("page.unreadable", { reason: judged.why }), false);
  return (
    <ProposalPage
      space={space}
      roster={organisationView.roster}
      proposals={proposals}
      detail={judged.detail}
      handle={handle}
      problem={problem}
      route={{ organisation, chapter, proposal, view }}
    />
  );
}

/** The page while the proposal is not there to show: why, and the way back. */
function Waiting({ children, busy, problem, back }: { readonly children: ReactNode; readonly busy: boolean; readonly problem: string | undefined; readonly back: string }) {
  const t = useT("proposals");
  return (
    <div className="proposal-waiting">
      <PageHeading>{t("page.title")}</PageHeading>
      <p aria-busy={busy}>{children}</p>
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {t("page.problem", { problem })}
        </p>
      )}
      <Link href={back} variant="standalone">
        {t("page.back")}
      </Link>
    </div>
  );
}
