/**
 * What proposals give search (shared/routing/search-sources.ts): every proposal of every chapter
 * of the organisation whose Chapter document is on this device, by its title, from the chapters'
 * proposal indexes (P8) the home reads too — a chapter page's read, never every Proposal document.
 */
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { SearchItem, SearchSource } from "../../shared/routing/search-sources.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import { proposalPath } from "./paths.js";
import type { ProposalsWorker } from "./proposals-query.js";
import { useProposalsWorker } from "./proposals-worker.js";

/** The proposals of the chapters held, as search items. */
export async function readProposalSearchItems(worker: Pick<ProposalsWorker, "newProposals">, { organisation }: HomeReadContext): Promise<SearchItem[]> {
  const id = documentIdOf(organisation.url);
  const entries = await worker.newProposals({ organisation: organisation.url, chapters: organisation.chapters, of: [...organisation.roster.chapters.keys()], since: 0 });
  return entries.map((entry) => ({ key: entry.id, kind: "proposal", chapter: entry.chapter, title: entry.title, text: "", href: proposalPath.href({ organisation: id, chapter: entry.chapter, proposal: entry.id }), at: entry.at }));
}

/** Proposals' search source, registered by src/app/features.ts. */
export const proposalSearchSources: readonly SearchSource[] = [
  {
    id: "proposals",
    order: 10,
    kinds: ["proposal"],
    useReader() {
      const worker = useProposalsWorker();
      return (context) => readProposalSearchItems(worker, context);
    },
  },
];
