import type { ChapterId, ProposalId } from "@chapterhouse/crdt";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { errorText } from "../../shared/ui/error-text.js";
import { useProposalReads } from "./proposal-reads.js";
import type { MemberSpace } from "../organisation/index.js";
import type { OrganisationSession } from "../organisation/index.js";
import { ProposalSession, type ProposalSessionView } from "./proposal-session.js";

const NO_VIEW = { get: () => undefined, subscribe: () => () => undefined };

/** A proposal session and its view, and the last background failure it reported. */
export interface UseProposalSession {
  readonly proposals: ProposalSession | undefined;
  readonly view: ProposalSessionView | undefined;
  readonly problem: string | undefined;
}

/**
 * Opens a `ProposalSession` over the device's data for as long as the component is mounted
 * (`proposal` null: the chapter's index only), re-rendering on every read.
 */
export function useProposalSession(
  space: MemberSpace,
  organisation: OrganisationSession | undefined,
  chapter: ChapterId,
  proposal: ProposalId | null,
): UseProposalSession {
  const { repo, store, announcements, snapshots } = useAppData();
  const reader = useProposalReads();
  const [proposals, setProposals] = useState<ProposalSession | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (organisation === undefined) return;
    const session = new ProposalSession(
      {
        repo,
        reader,
        store,
        announcements,
        space,
        organisation,
        snapshots,
        onError: (error) => setProblem(errorText(error)),
      },
      chapter,
      proposal,
    );
    setProposals(session);
    return () => {
      session.close();
      setProposals(undefined);
    };
  }, [repo, reader, store, announcements, snapshots, space, organisation, chapter, proposal]);
  const observable = proposals?.view ?? NO_VIEW;
  const view = useSyncExternalStore(observable.subscribe, observable.get, observable.get);
  return { proposals, view, problem };
}
