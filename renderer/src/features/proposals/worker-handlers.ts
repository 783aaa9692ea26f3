/**
 * What the proposals feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * a chapter's proposal index and, for the proposal page, one proposal judged in full — crdt's
 * `readProposals` over the worker's copies of the documents, once per change of them.
 */
import { hashText } from "@chapterhouse/crdt/encoding";
import type { ProposalIndexEntry } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { readProposals, type ProposalSnapshots, type ProposalsRead } from "@chapterhouse/crdt/report";
import { isArrayOf, isDocumentUrl, isId, isNullable, isObjectOf, isProposalId, isSafeInteger, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { indexesRequestShape, isIndexesRequest, proposalIndexes } from "../../shared/worker/proposal-indexes.js";
import { voteJudge } from "../../shared/worker/vote-judge.js";
import { signedRecords, withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const isProposalsRequest = isObjectOf({
  /** The Organisation document and the Chapter documents held: every proposal record's membership context (P1.3). */
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  /** The chapter whose index is listed. */
  chapter: isId<ChapterId>(),
  /** The proposal to judge in full (its document, and its vote's ballot boxes once a close is held, P7), or null. */
  proposal: isNullable(isObjectOf({ id: isProposalId, document: isDocumentUrl, boxes: isArrayOf(isDocumentUrl) })),
});

/** What the proposal screens ask: the documents, the chapter, maybe one proposal. */
export type ProposalsRequest = Guarded<typeof isProposalsRequest>;

/** What the proposal screens get: the index, maybe the proposal, and a key that changes only when what they rest on changed. */
export interface ProposalsAnswer extends Omit<ProposalsRead, "document"> {
  readonly key: string;
}

/** The records of the worker's copy of `url` as a key: a draft edit changes a Proposal document's heads, not its records. */
function recordsKey(context: WorkerContext, url: DocumentUrl): string {
  return context.mirrors.derived(url, "records", () => hashText(JSON.stringify(context.mirrors.snapshot(url))));
}

/** The proposals feature's handlers. */
export const proposalHandlers = {
  /** A chapter's proposals (P8) and maybe one proposal (P1–P7). Never rejects on document content. */
  readProposals: handler(isProposalsRequest, (request, context: WorkerContext): Promise<ProposalsAnswer> => {
    const { organisation, chapters, chapter, proposal } = request;
    const urls = [organisation, ...chapters, ...(proposal === null ? [] : [proposal.document, ...proposal.boxes])];
    const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
    const version = (url: DocumentUrl) => (url === proposal?.document ? recordsKey(context, url) : context.mirrors.headsKey(url));
    const key = `proposals ${chapter} ${proposal?.id ?? "-"} ${urls.map((url) => `${url}@${version(url)}`).join(" ")}`;
    return context.results.get(key, () =>
      withVerifiedIds(context, urls, async () => {
        const input: ProposalSnapshots = {
          organisation: { organisation: at(organisation), chapters: chapters.map(at) },
          chapter,
          proposal: proposal === null ? null : { id: proposal.id, document: at(proposal.document), boxes: proposal.boxes.map(at) },
        };
        // Pass 1 takes the worker's read of each document, kept by its heads: the organisation's
        // thousands of admissions are not parsed and hashed again when only the proposal changed.
        const { index, proposal: judged } = await readProposals(input, context.verifier, context.verified, voteJudge(context, urls), ({ url }) => signedRecords(context, url));
        return { key, index, proposal: judged };
      }),
    ) as Promise<ProposalsAnswer>;
  }),

  /** The proposals in deliberation (their P8 stage) in the chapters asked for (the home's), each with its chapter. */
  homeProposals: backgroundHandler(isIndexesRequest, async (request, context: WorkerContext): Promise<(ProposalIndexEntry & { readonly chapter: ChapterId })[]> =>
    [...(await proposalIndexes(context, request))].flatMap(([chapter, entries]) => entries.filter((entry) => entry.stage === "deliberation").map((entry) => ({ ...entry, chapter }))),
  ),

  /** The proposals created at or after `since` (their claimed time) in the chapters asked for (the notifications'), each with its chapter. */
  newProposals: backgroundHandler(isObjectOf({ ...indexesRequestShape, since: isSafeInteger }), async ({ since, ...request }, context: WorkerContext): Promise<(ProposalIndexEntry & { readonly chapter: ChapterId })[]> =>
    [...(await proposalIndexes(context, request))].flatMap(([chapter, entries]) => entries.filter((entry) => entry.at >= since).map((entry) => ({ ...entry, chapter }))),
  ),
};
