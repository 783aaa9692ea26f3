/**
 * What votes tell the member of (shared/routing/notification-sources.ts): a vote opened or closed
 * and a decision recorded in their chapters, read in the worker with the home's reads (the
 * chapters' proposal indexes, crdt's readVote, the decisions log).
 */
import { PROPOSAL_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { NotificationItem, NotificationReadContext, NotificationSource } from "../../shared/routing/notification-sources.js";
import type { Bound } from "../../shared/worker/handler.js";
import { indexesOf, voteHref } from "./home-items.js";
import { useVotesWorker } from "./votes-worker.js";
import type { voteHandlers } from "./worker-handlers.js";

/** What notifications ask the worker of votes. */
export type VotesNotificationWorker = Pick<Bound<typeof voteHandlers>, "homeDecisions" | "voteNotices">;

/**
 * The votes opened and closed in the member's chapters. The worker names the Proposal documents
 * it needs; they are followed (the read waits for those still loading) and asked again until it
 * has every one held.
 */
export async function readVoteNotices(worker: Pick<VotesNotificationWorker, "voteNotices">, context: NotificationReadContext): Promise<NotificationItem[]> {
  const scope = context.organisation.url;
  let held: DocumentUrl[] = [];
  for (;;) {
    const { notices, wanted } = await worker.voteNotices({ ...indexesOf(context), since: context.since, held });
    const standing = await context.query.documents(wanted.map((url) => ({ url, type: PROPOSAL_DOCUMENT, scope })), { wait: true });
    const ready = standing.filter((entry) => entry.state === "ready").map((entry) => entry.url);
    if (ready.every((url) => held.includes(url))) {
      const organisation = documentIdOf(scope);
      return notices.map(({ id, kind, proposal, chapter, title, at, by }) => ({
        key: id,
        kind: kind === "opened" ? "vote-opened" : "vote-closed",
        chapter,
        title,
        href: voteHref(organisation, chapter, proposal),
        at,
        by,
      }));
    }
    held = ready;
  }
}

/** The decisions recorded since the device first saw the organisation. */
export async function readDecisionNotices(worker: Pick<VotesNotificationWorker, "homeDecisions">, context: NotificationReadContext): Promise<NotificationItem[]> {
  const organisation = documentIdOf(context.organisation.url);
  // homeDecisions gives those strictly after its `since`: one millisecond earlier keeps one recorded at that very time.
  const decisions = await worker.homeDecisions({ ...indexesOf(context), since: context.since - 1 });
  return decisions.map(({ id, proposal, chapter, title, at, by }) => ({ key: id, kind: "decision", chapter, title, href: voteHref(organisation, chapter, proposal), at, by }));
}

/** Votes' notification sources, registered by src/app/features.ts. */
export const voteNotificationSources: readonly NotificationSource[] = [
  {
    id: "votes",
    order: 10,
    kinds: ["vote-opened", "vote-closed"],
    useReader() {
      const worker = useVotesWorker();
      return (context) => readVoteNotices(worker, context);
    },
  },
  {
    id: "decisions",
    order: 30,
    kinds: ["decision"],
    useReader() {
      const worker = useVotesWorker();
      return (context) => readDecisionNotices(worker, context);
    },
  },
];
