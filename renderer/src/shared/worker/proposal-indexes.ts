/**
 * The proposal indexes (PROTOCOL.md P8) of the chapters a member belongs to, from the worker's
 * copies of the organisation's documents: crdt's `readProposalIndexes`, once per change of those
 * documents and shared by every handler that asks (the home's votes, proposals and decisions).
 */
import type { ProposalIndexEntry } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { readProposalIndexes } from "@chapterhouse/crdt/report";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, type Guarded } from "./guard.js";
import { signedRecords, withVerifiedIds, type WorkerContext } from "./worker-context.js";

/** The organisation's documents held (its Organisation document, its Chapter documents) and the chapters whose indexes are asked for. */
export const indexesRequestShape = { organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl), of: isArrayOf(isId<ChapterId>()) };

/** Guards a request of indexes. */
export const isIndexesRequest = isObjectOf(indexesRequestShape);

/** What asks for indexes. */
export type IndexesRequest = Guarded<typeof isIndexesRequest>;

/** Each chapter's index entries, newest first, by chapter (a chapter whose document is not held has none). */
export function proposalIndexes(context: WorkerContext, { organisation, chapters, of }: IndexesRequest): Promise<ReadonlyMap<ChapterId, readonly ProposalIndexEntry[]>> {
  const urls = [organisation, ...[...new Set(chapters)].sort()];
  const asked = [...new Set(of)].sort();
  const key = `indexes ${asked.join(",")} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, () =>
      readProposalIndexes({ organisation: at(organisation), chapters: urls.slice(1).map(at) }, asked, context.verifier, context.verified, ({ url }) => signedRecords(context, url)),
    ),
  ) as Promise<ReadonlyMap<ChapterId, readonly ProposalIndexEntry[]>>;
}
