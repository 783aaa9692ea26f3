/**
 * What proposals add to the home (shared/routing/home-items.ts): the proposals being discussed
 * (in deliberation, P8) in the chapters the member belongs to, from the worker's `homeProposals`.
 */
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeItem, HomeItemsProvider, HomeReadContext } from "../../shared/routing/home-items.js";
import type { ProposalsWorker } from "./proposals-query.js";
import { proposalPath } from "./paths.js";
import { useProposalsWorker } from "./proposals-worker.js";

/** The proposals in deliberation, newest first by their claimed time. */
export async function readProposalItems(worker: Pick<ProposalsWorker, "homeProposals">, { organisation, mine }: HomeReadContext): Promise<HomeItem[]> {
  const id = documentIdOf(organisation.url);
  const entries = await worker.homeProposals({ organisation: organisation.url, chapters: organisation.chapters, of: mine });
  return entries.map((entry) => ({ key: entry.id, chapter: entry.chapter, title: entry.title, href: proposalPath.href({ organisation: id, chapter: entry.chapter, proposal: entry.id }), at: entry.at }));
}

/** Proposals' provider, registered by src/app/features.ts. */
export const proposalHomeItems: readonly HomeItemsProvider[] = [
  {
    id: "proposals",
    order: 20,
    sort: "latest",
    useReader() {
      const worker = useProposalsWorker();
      return (context) => readProposalItems(worker, context);
    },
  },
];
