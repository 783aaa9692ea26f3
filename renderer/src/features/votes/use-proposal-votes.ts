import { useEffect, useState, useSyncExternalStore } from "react";
import type { DocumentUrl, ProposalId, RecordId } from "@chapterhouse/crdt";
import { useAppData } from "../../shared/data/app-data-context.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { MemberSpace } from "../organisation/index.js";
import type { OrganisationSession } from "../organisation/index.js";
import { ProposalVotes, type VotesView } from "./proposal-votes.js";
import { useVoteReads } from "./vote-reads.js";

const NO_VIEW: VotesView = { state: "loading", reading: undefined, error: undefined, revision: 0 };
const noSubscribe = () => () => undefined;
const noView = () => NO_VIEW;

/**
 * The ProposalVotes of a proposal (showing `open`, or its current vote) for as long as the
 * component is shown, and its view. Its documents stay announced to the organisation's relays
 * after it closes, so ballots written here still reach them.
 */
export function useProposalVotes(
  space: MemberSpace,
  session: OrganisationSession,
  proposal: ProposalId,
  proposalUrl: DocumentUrl,
  open: RecordId | null = null,
): { readonly votes: ProposalVotes | undefined; readonly view: VotesView } {
  const data = useAppData();
  const reader = useVoteReads();
  const [votes, setVotes] = useState<ProposalVotes>();
  useEffect(() => {
    const group = `votes ${proposalUrl}`;
    const created = new ProposalVotes(session, proposal, proposalUrl, {
      repo: data.repo,
      reader,
      store: data.store,
      member: space.member.key,
      snapshots: data.snapshots,
      announce: (documents) => {
        const ids = documents.map(documentIdOf);
        data.announcements.setGroup(group, new Map(space.relaysOf(session.url).map((relay) => [relay, ids])));
      },
      onError: (error) => console.warn("vote:", error),
    });
    created.select(open);
    setVotes(created);
    return () => created.close();
  }, [data, reader, space, session, proposal, proposalUrl, open]);
  const view = useSyncExternalStore(votes?.view.subscribe ?? noSubscribe, votes?.view.get ?? noView, votes?.view.get ?? noView);
  return { votes, view };
}
