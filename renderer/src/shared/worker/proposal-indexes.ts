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

/**
 * Each chapter's index entries, newest first, by chapter (a chapter whose document is not held has
 * none). Each chapter's index is kept on its own under the documents' heads, so a screen asking
 * for one chapter (the chapter page's list, `readProposals`) takes what the home asked for with
 * others; the chapters no read judged yet at these heads are judged in one pass over the documents.
 */
export async function proposalIndexes(context: WorkerContext, { organisation, chapters, of }: IndexesRequest): Promise<ReadonlyMap<ChapterId, readonly ProposalIndexEntry[]>> {
  const urls = [organisation, ...[...new Set(chapters)].sort()];
  const version = urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ");
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  const asked = [...new Set(of)].sort();
  const missing: ChapterId[] = [];
  let judged: Promise<Map<ChapterId, ProposalIndexEntry[]>> | undefined;
  // The computations start after every kept index was looked up: `missing` is complete by then.
  const judge = () =>
    (judged ??= withVerifiedIds(context, urls, () =>
      readProposalIndexes({ organisation: at(organisation), chapters: urls.slice(1).map(at) }, missing, context.verifier, context.verified, ({ url }) => signedRecords(context, url)),
    ));
  const indexes = asked.map(
    (chapter) =>
      context.results.get(`index ${chapter} ${version}`, () => {
        missing.push(chapter);
        return Promise.resolve()
          .then(judge)
          .then((all) => all.get(chapter) ?? []);
      }) as Promise<readonly ProposalIndexEntry[]>,
  );
  const entries = await Promise.all(indexes);
  return new Map(asked.map((chapter, i) => [chapter, entries[i]!]));
}
