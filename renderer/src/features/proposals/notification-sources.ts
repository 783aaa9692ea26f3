/**
 * What proposals tell the member of (shared/routing/notification-sources.ts): a new proposal in
 * their chapters, from the chapters' proposal indexes (P8) the home reads too.
 */
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { NotificationItem, NotificationReadContext, NotificationSource } from "../../shared/routing/notification-sources.js";
import { proposalPath } from "./paths.js";
import type { ProposalsWorker } from "./proposals-query.js";
import { useProposalsWorker } from "./proposals-worker.js";

/** The proposals created since the device first saw the organisation. */
export async function readProposalNotices(worker: Pick<ProposalsWorker, "newProposals">, { organisation, mine, since }: NotificationReadContext): Promise<NotificationItem[]> {
  const id = documentIdOf(organisation.url);
  const entries = await worker.newProposals({ organisation: organisation.url, chapters: organisation.chapters, of: mine, since });
  return entries.map((entry) => ({
    key: entry.id,
    kind: "proposal",
    chapter: entry.chapter,
    title: entry.title,
    href: proposalPath.href({ organisation: id, chapter: entry.chapter, proposal: entry.id }),
    at: entry.at,
    by: entry.author,
  }));
}

/** Proposals' notification source, registered by src/app/features.ts. */
export const proposalNotificationSources: readonly NotificationSource[] = [
  {
    id: "proposals",
    order: 20,
    kinds: ["proposal"],
    useReader() {
      const worker = useProposalsWorker();
      return (context) => readProposalNotices(worker, context);
    },
  },
];
