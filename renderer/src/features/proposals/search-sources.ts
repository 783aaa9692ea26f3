/**
 * What proposals give search (shared/routing/search-sources.ts): every proposal of every chapter
 * of the organisation whose Chapter document is on this device, by its title, from the chapters'
 * proposal indexes (P8) the home reads too — a chapter page's read, never every Proposal document;
 * and, for the proposals of the member's chapters whose Proposal documents this device holds, their
 * valid comments (P4) as the proposal page judges them, each leading to the proposal's discussion.
 * In the background lane (HOME4); only the comments' words cross from the worker.
 */
import { PROPOSAL_DOCUMENT } from "@chapterhouse/crdt/documents";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { searchExcerpt, type SearchItem, type SearchSource } from "../../shared/routing/search-sources.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import { proposalPath, proposalViewPath } from "./paths.js";
import type { ProposalsWorker } from "./proposals-query.js";
import { useProposalsWorker } from "./proposals-worker.js";

/** The proposals of the chapters held, and the comments of those of the member's chapters held here, as search items. */
export async function readProposalSearchItems(worker: Pick<ProposalsWorker, "newProposals" | "proposalCommentWords">, { organisation, mine, query }: HomeReadContext): Promise<SearchItem[]> {
  const id = documentIdOf(organisation.url);
  const base = { organisation: organisation.url, chapters: organisation.chapters };
  const entries = await worker.newProposals({ ...base, of: [...organisation.roster.chapters.keys()], since: 0 });
  const items = entries.map((entry): SearchItem => ({ key: entry.id, kind: "proposal", chapter: entry.chapter, title: entry.title, text: "", href: proposalPath.href({ organisation: id, chapter: entry.chapter, proposal: entry.id }), at: entry.at }));
  const ours = entries.filter((entry) => mine.includes(entry.chapter));
  // Those held now are read; one still arriving reads the items again once it has (the query follows it).
  const held = await query.documents(ours.map((entry) => ({ url: entry.document, type: PROPOSAL_DOCUMENT, scope: organisation.url })));
  for (const [i, entry] of ours.entries()) {
    if (held[i]!.state !== "ready") continue;
    const comments = await worker.proposalCommentWords({ ...base, chapter: entry.chapter, proposal: { id: entry.id, document: entry.document } });
    const href = proposalViewPath.href({ organisation: id, chapter: entry.chapter, proposal: entry.id, view: "discussion" });
    for (const comment of comments) items.push({ key: comment.id, kind: "proposal-comment", chapter: entry.chapter, title: `${entry.title}: ${searchExcerpt(comment.text)}`, text: comment.text, href, at: comment.at });
  }
  return items;
}

/** Proposals' search source, registered by src/app/features.ts. */
export const proposalSearchSources: readonly SearchSource[] = [
  {
    id: "proposals",
    order: 10,
    kinds: ["proposal", "proposal-comment"],
    useReader() {
      const worker = useProposalsWorker();
      return (context) => readProposalSearchItems(worker, context);
    },
  },
];
