/**
 * What votes add to the home (shared/routing/home-items.ts): the open votes the member has not
 * voted in, and the decisions recorded since their last visit — both read in the worker
 * (`homeVotes`, `homeDecisions`: crdt's readVote and the chapters' proposal indexes).
 */
import { BALLOT_BOX_DOCUMENT, PROPOSAL_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeItem, HomeItemsProvider, HomeReadContext } from "../../shared/routing/home-items.js";
import type { Bound } from "../../shared/worker/handler.js";
import { proposalViewPath } from "../proposals/index.js";
import { VOTE_SECTION } from "./paths.js";
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

/**
 * The open votes `context.member` has not voted in. The worker names the Proposal documents and
 * ballot boxes it needs; they are followed (the read waits for those still loading) and asked
 * again until it has every one held.
 */
export async function readVoteItems(worker: Pick<VotesHomeWorker, "homeVotes">, context: HomeReadContext): Promise<HomeItem[]> {
  const scope = context.organisation.url;
  let held: DocumentUrl[] = [];
  for (;;) {
    const { votes, wanted } = await worker.homeVotes({ ...indexesOf(context), member: context.member, now: context.now, held });
    const standing = await context.query.documents(
      [...wanted.proposals.map((url) => ({ url, type: PROPOSAL_DOCUMENT, scope })), ...wanted.boxes.map((url) => ({ url, type: BALLOT_BOX_DOCUMENT, scope }))],
      { wait: true },
    );
    const ready = standing.filter((entry) => entry.state === "ready").map((entry) => entry.url);
    if (ready.every((url) => held.includes(url))) {
      const organisation = documentIdOf(scope);
      return votes.map(({ proposal, chapter, title, closesAt }) => ({ key: proposal, chapter, title, href: voteHref(organisation, chapter, proposal), at: closesAt }));
    }
    held = ready;
  }
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
