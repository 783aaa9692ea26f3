/**
 * What votes add to the home (shared/routing/home-items.ts): the open votes the member has not
 * voted in (`readOpenVotes`), and the decisions recorded since their last visit — both read in the worker
 * (`homeVotes`, `homeDecisions`: crdt's readVote and the chapters' proposal indexes).
 */
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeItem, HomeItemsProvider, HomeReadContext } from "../../shared/routing/home-items.js";
import type { Bound } from "../../shared/worker/handler.js";
import { proposalViewPath } from "../proposals/index.js";
import { VOTE_SECTION } from "./paths.js";
import { readOpenVotes } from "./read-open-votes.js";
import { useVotesWorker } from "./votes-worker.js";
import type { voteHandlers } from "./worker-handlers.js";

/** What the home asks the worker of votes. */
export type VotesHomeWorker = Pick<Bound<typeof voteHandlers>, "homeVotes" | "homeDecisions">;

/** Where a home item about a proposal's vote leads: the proposal page's Vote tab (this feature's section). */
export function voteHref(organisation: string, chapter: string, proposal: string): string {
  return proposalViewPath.href({ organisation, chapter, proposal, view: VOTE_SECTION });
}

/** The proposals asked about, as the worker's indexes request names them. */
export function indexesOf({ organisation, mine }: HomeReadContext) {
  return { organisation: organisation.url, chapters: organisation.chapters, of: mine };
}

/** The open votes `context.member` has not voted in. */
export async function readVoteItems(worker: Pick<VotesHomeWorker, "homeVotes">, context: HomeReadContext): Promise<HomeItem[]> {
  const votes = await readOpenVotes(worker, context.query, { ...indexesOf(context), member: context.member, now: context.now });
  const organisation = documentIdOf(context.organisation.url);
  return votes
    .filter((vote) => !vote.voted)
    .map(({ proposal, chapter, title, closesAt }) => ({ key: proposal, chapter, title, href: voteHref(organisation, chapter, proposal), at: closesAt }));
}

/** The decisions recorded since the member's last visit. */
export async function readDecisionItems(worker: Pick<VotesHomeWorker, "homeDecisions">, context: HomeReadContext): Promise<HomeItem[]> {
  const organisation = documentIdOf(context.organisation.url);
  const decisions = await worker.homeDecisions({ ...indexesOf(context), since: context.since ?? null });
  return decisions.map(({ id, proposal, chapter, title, at }) => ({ key: id, chapter, title, href: voteHref(organisation, chapter, proposal), at }));
}

/** Votes' providers, registered by src/app/features.ts. */
export const voteHomeItems: readonly HomeItemsProvider[] = [
  {
    id: "votes",
    order: 10,
    sort: "soonest",
    useReader() {
      const worker = useVotesWorker();
      return (context) => readVoteItems(worker, context);
    },
  },
  {
    id: "decisions",
    order: 30,
    sort: "latest",
    useReader() {
      const worker = useVotesWorker();
      return (context) => readDecisionItems(worker, context);
    },
  },
];
