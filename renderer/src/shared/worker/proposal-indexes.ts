/**
 * The proposal indexes (PROTOCOL.md P8) of the chapters a member belongs to, from the worker's
 * copies of the organisation's documents: crdt's `readProposalIndexes`, once per change of those
 * documents and shared by every handler that asks (the home's votes, proposals and decisions),
 * and kept between sessions at the same heads.
 */
import { STAGES, type ProposalIndexEntry } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { readProposalIndexes } from "@chapterhouse/crdt/report";
import { POLICY_VERSION } from "@chapterhouse/crdt/verify";
import { isArrayOf, isDocumentUrl, isId, isMemberKey, isObjectOf, isOneOf, isProposalId, isSafeInteger, isString, type Guard, type Guarded } from "./guard.js";
import { signedRecords, withVerifiedIds, type WorkerContext } from "./worker-context.js";

/** The organisation's documents held (its Organisation document, its Chapter documents) and the chapters whose indexes are asked for. */
export const indexesRequestShape = { organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl), of: isArrayOf(isId<ChapterId>()) };

/** Guards a request of indexes. */
export const isIndexesRequest = isObjectOf(indexesRequestShape);

/** What asks for indexes. */
export type IndexesRequest = Guarded<typeof isIndexesRequest>;

/**
 * What a kept index's version names beside the documents' heads: the verifier's policy (S8) and the
 * code that judged it (`import.meta.url`: a built app's chunk is named by a hash of its content, so
 * a new build judges afresh; in development and tests the index format below).
 */
const KEPT_INDEX_FORMAT = `P8 index 1; policy ${POLICY_VERSION}; ${import.meta.url}`;

/** A kept index read back: its entries, as judged. */
const isKeptIndex = isArrayOf(
  isObjectOf({ id: isProposalId, title: isString, author: isMemberKey, at: isSafeInteger, document: isDocumentUrl, stage: isOneOf(STAGES) }),
) as Guard<readonly ProposalIndexEntry[]>;

/** The key a chapter's index is kept under between sessions. */
export function keptIndexKey(chapter: ChapterId): string {
  return `proposal index ${chapter}`;
}

/**
 * The indexes of `chapters` kept between sessions (the device's own storage) at `version`; a
 * chapter kept at another version, or kept as something else, is not among them. A failing
 * store costs only speed: it is reported and nothing is taken. Never rejects.
 */
async function keptIndexes(context: WorkerContext, chapters: readonly ChapterId[], version: string): Promise<Map<ChapterId, readonly ProposalIndexEntry[]>> {
  const kept = new Map<ChapterId, readonly ProposalIndexEntry[]>();
  await Promise.all(
    chapters.map(async (chapter) => {
      const found = await context.keptResults.load(keptIndexKey(chapter)).catch((error: unknown) => void context.warn(error));
      if (found === undefined || found.version !== version) return;
      if (isKeptIndex(found.value)) kept.set(chapter, found.value);
      else context.warn(new TypeError(`the kept proposal index of ${chapter} is not an index: judged again`));
    }),
  );
  return kept;
}

/**
 * Each chapter's index entries, newest first, by chapter (a chapter whose document is not held has
 * none). Each chapter's index is kept on its own under the documents' heads, so a screen asking
 * for one chapter (the chapter page's list, `readProposals`) takes what the home asked for with
 * others. A chapter no read judged yet at these heads is taken from the device's kept results
 * when an earlier session judged it at these same heads (after a reload, the list does not wait
 * for the Chapter document's read and judging); the others are judged in one pass over the
 * documents, and kept.
 */
export async function proposalIndexes(context: WorkerContext, { organisation, chapters, of }: IndexesRequest): Promise<ReadonlyMap<ChapterId, readonly ProposalIndexEntry[]>> {
  const urls = [organisation, ...[...new Set(chapters)].sort()];
  const version = urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ");
  const keptVersion = `${KEPT_INDEX_FORMAT}; ${version}`;
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  const asked = [...new Set(of)].sort();
  const unjudged: ChapterId[] = [];
  const missing: ChapterId[] = [];
  let kept: Promise<Map<ChapterId, readonly ProposalIndexEntry[]>> | undefined;
  let judged: Promise<Map<ChapterId, ProposalIndexEntry[]>> | undefined;
  // The kept results are looked up, and the judging starts, after every index in memory was
  // looked up: `unjudged` is complete by then; `missing` is, once every kept one was looked up.
  const lookUp = () => (kept ??= Promise.resolve().then(() => keptIndexes(context, unjudged, keptVersion)));
  const judge = () =>
    (judged ??= withVerifiedIds(context, urls, () =>
      readProposalIndexes({ organisation: at(organisation), chapters: urls.slice(1).map(at) }, missing, context.verifier, context.verified, ({ url }) => signedRecords(context, url)),
    ).then((all) => {
      for (const chapter of missing) void context.keptResults.save(keptIndexKey(chapter), keptVersion, all.get(chapter) ?? []).catch(context.warn);
      return all;
    }));
  const indexes = asked.map(
    (chapter) =>
      context.results.get(`index ${chapter} ${version}`, async () => {
        unjudged.push(chapter);
        const stored = (await lookUp()).get(chapter);
        if (stored !== undefined) return stored;
        missing.push(chapter);
        return ((await Promise.resolve().then(judge)).get(chapter) ?? []);
      }) as Promise<readonly ProposalIndexEntry[]>,
  );
  const entries = await Promise.all(indexes);
  return new Map(asked.map((chapter, i) => [chapter, entries[i]!]));
}
