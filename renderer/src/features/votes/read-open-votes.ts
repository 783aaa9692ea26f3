import { BALLOT_BOX_DOCUMENT, PROPOSAL_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId, DocumentUrl, MemberKey } from "@chapterhouse/crdt/records";
import type { QueryContext } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { HomeVote, voteHandlers } from "./worker-handlers.js";

/** What is asked: the Organisation document, the Chapter documents held, the chapters whose votes, the member and the device clock. */
export interface OpenVotesRequest {
  readonly organisation: DocumentUrl;
  readonly chapters: readonly DocumentUrl[];
  readonly of: readonly ChapterId[];
  readonly member: MemberKey;
  readonly now: number;
}

/**
 * The votes open in the chapters `of`, each with whether the member voted (the worker's
 * `homeVotes`). The worker names the Proposal documents and ballot boxes it needs; they are
 * followed (the read waits for those still loading) and asked again until it has every one held.
 * Rejects only on a fault (a worker failure), never on content.
 */
export async function readOpenVotes(
  worker: Pick<Bound<typeof voteHandlers>, "homeVotes">,
  query: QueryContext,
  request: OpenVotesRequest,
): Promise<readonly HomeVote[]> {
  const scope = request.organisation;
  let held: DocumentUrl[] = [];
  for (;;) {
    const { votes, wanted } = await worker.homeVotes({ ...request, held });
    const standing = await query.documents(
      [...wanted.proposals.map((url) => ({ url, type: PROPOSAL_DOCUMENT, scope })), ...wanted.boxes.map((url) => ({ url, type: BALLOT_BOX_DOCUMENT, scope }))],
      { wait: true },
    );
    const ready = standing.filter((entry) => entry.state === "ready").map((entry) => entry.url);
    if (ready.every((url) => held.includes(url))) return votes;
    held = ready;
  }
}
