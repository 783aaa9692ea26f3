import { useEffect, useMemo, useState } from "react";
import type { DocumentUrl, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import { useObservableTransition } from "../../shared/data/use-observable-transition.js";
import { useDocumentLayer } from "../../shared/documents/use-query.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { openVotes, type OpenVotes, type VotesView } from "./open-votes.js";
import { voteQuery } from "./vote-query.js";
import { useVotesWorker } from "./votes-worker.js";

/**
 * The votes of a proposal (showing `open`, or its current vote; holding the document of `assembly`, the one the page was opened from, AS8.7) for as long as the component is
 * shown, and their view. Its documents stay announced to the organisation's relays after it
 * closes, so ballots written here still reach them.
 */
export function useProposalVotes(
  space: MemberSpace,
  session: OpenOrganisation,
  proposal: ProposalId,
  proposalUrl: DocumentUrl,
  open: RecordId | null = null,
  assembly: RecordId | null = null,
): { readonly votes: OpenVotes; readonly view: VotesView } {
  const documents = useDocumentLayer();
  const worker = useVotesWorker();
  const [selected, select] = useState<RecordId | null>(open);
  useEffect(() => select(open), [open]);
  const member = space.member.key;
  const votes = useMemo(() => {
    const subject = { organisation: session, proposal, proposalUrl, open: selected, member, assembly };
    return openVotes(documents, worker, subject, documents.query(voteQuery(worker, subject)), select);
  }, [documents, worker, session, proposal, proposalUrl, selected, member, assembly]);
  // The vote screen is large (the tally, the verification panel): a new reading renders as a
  // transition, in slices, not one long task (issue 10).
  const view = useObservableTransition(votes.view);
  return { votes, view };
}
