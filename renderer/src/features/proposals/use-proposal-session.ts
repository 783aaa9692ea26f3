import type { ChapterId, ProposalId } from "@chapterhouse/crdt/records";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { errorText } from "../../shared/ui/error-text.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { openProposal, type OpenProposal, type ProposalsView } from "./open-proposal.js";
import { proposalsQuery } from "./proposals-query.js";
import { useProposalsWorker } from "./proposals-worker.js";

const NO_VIEW = { get: () => undefined, subscribe: () => () => undefined };

/** A chapter's proposals (maybe one proposal) open on the screen, its view, and the last background failure. */
export interface UseProposalSession {
  readonly proposals: OpenProposal | undefined;
  readonly view: ProposalsView | undefined;
  readonly problem: string | undefined;
}

/**
 * Opens the proposals of `chapter` (and `proposal`; null: the chapter's index only) for as long as
 * the component is mounted, re-rendering on every read.
 */
export function useProposalSession(space: MemberSpace, organisation: OpenOrganisation | undefined, chapter: ChapterId, proposal: ProposalId | null): UseProposalSession {
  const worker = useProposalsWorker();
  // The query starts reading while the screen renders (a route renders as a transition, and the
  // effect below runs only once it is shown): after a reload the list's worker read waited for
  // the whole page to be built first (issue 10).
  useMemo(() => {
    if (organisation !== undefined) space.documents.query(proposalsQuery(worker, organisation, chapter, proposal)).prefetch();
  }, [space, worker, organisation, chapter, proposal]);
  const [proposals, setProposals] = useState<OpenProposal | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (organisation === undefined) return;
    const opened = openProposal(space, worker, organisation, chapter, proposal, (error) => setProblem(errorText(error)));
    setProposals(opened.proposals);
    return () => {
      opened.close();
      setProposals(undefined);
    };
  }, [space, worker, organisation, chapter, proposal]);
  const observable = proposals?.view ?? NO_VIEW;
  const view = useSyncExternalStore(observable.subscribe, observable.get, observable.get);
  const error = useSyncExternalStore(proposals?.query.subscribe ?? NO_VIEW.subscribe, () => proposals?.query.get().error);
  return { proposals, view, problem: problem ?? error };
}
