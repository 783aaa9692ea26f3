import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { voteCardsQuery } from "./vote-cards-query.js";
import { useVotesWorker } from "./votes-worker.js";
import type { VoteCard } from "./worker-handlers.js";

/** The cards of the votes `opens` in `chapter` (null: its current votes, for a message to link), live; undefined while read. */
export function useVoteCards(session: OpenOrganisation, chapter: ChapterId, opens: readonly RecordId[] | null): readonly VoteCard[] | undefined {
  const worker = useVotesWorker();
  const key = opens === null ? null : [...opens].sort().join(" ");
  // The query is named by what it asks: the same ids in another array are the same query.
  const spec = useMemo(() => voteCardsQuery(worker, session, chapter, opens), [worker, session, chapter, key]);
  return useQuery(spec).value;
}
