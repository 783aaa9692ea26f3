/**
 * What the proposals feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * a chapter's proposal index and, for the proposal page, one proposal judged in full — crdt's
 * `readProposals` over the worker's copies of the documents, once per change of them — and, for
 * search, the words of a proposal's comments from that same reading.
 */
import { hashText } from "@chapterhouse/crdt/encoding";
import type { CommentEntry, ProposalIndexEntry } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { readProposals, type ProposalSnapshots, type ProposalsRead } from "@chapterhouse/crdt/report";
import { isArrayOf, isDocumentUrl, isId, isNullable, isObjectOf, isProposalId, isSafeInteger, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { indexesRequestShape, isIndexesRequest, proposalIndexes } from "../../shared/worker/proposal-indexes.js";
import { voteJudge } from "../../shared/worker/vote-judge.js";
import { signedRecords, withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const chapterFields = {
  /** The Organisation document and the Chapter documents held: every proposal record's membership context (P1.3). */
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  /** The chapter whose index is listed. */
  chapter: isId<ChapterId>(),
};
const isProposalsRequest = isObjectOf({
  ...chapterFields,
  /** The proposal to judge in full (its document, and its vote's ballot boxes once a close is held, P7), or null. */
  proposal: isNullable(isObjectOf({ id: isProposalId, document: isDocumentUrl, boxes: isArrayOf(isDocumentUrl) })),
});
/** A proposal of the chapter and its document, whose comments search asks for. */
const isCommentsRequest = isObjectOf({ ...chapterFields, proposal: isObjectOf({ id: isProposalId, document: isDocumentUrl }) });

/** What the proposal screens ask: the documents, the chapter, maybe one proposal. */
export type ProposalsRequest = Guarded<typeof isProposalsRequest>;
/** What search asks of one proposal. */
export type CommentsRequest = Guarded<typeof isCommentsRequest>;

/** A valid comment (P4), as search finds it: its words, never its thread. */
export type CommentWord = Pick<CommentEntry, "id" | "at" | "text">;

/** What the proposal screens get: the index, maybe the proposal, and a key that changes only when what they rest on changed. */
export interface ProposalsAnswer extends Omit<ProposalsRead, "document"> {
  readonly key: string;
}

/** The records of the worker's copy of `url` as a key: a draft edit changes a Proposal document's heads, not its records. */
function recordsKey(context: WorkerContext, url: DocumentUrl): string {
  return context.mirrors.derived(url, "records", () => hashText(JSON.stringify(context.mirrors.snapshot(url))));
}

/** A chapter's proposals (P8) and maybe one proposal (P1–P7), once per change of the records they rest on. Never rejects on document content. */
function judgedProposals(request: ProposalsRequest, context: WorkerContext): Promise<ProposalsAnswer> {
  const { organisation, chapters, chapter, proposal } = request;
  const urls = [organisation, ...chapters, ...(proposal === null ? [] : [proposal.document, ...proposal.boxes])];
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  const version = (url: DocumentUrl) => (url === proposal?.document ? recordsKey(context, url) : context.mirrors.headsKey(url));
  const key = `proposals ${chapter} ${proposal?.id ?? "-"} ${urls.map((url) => `${url}@${version(url)}`).join(" ")}`;
  if (proposal === null)
    // The index alone (the chapter page's list) is what the home's reads judge: the same kept result.
    return context.results.get(key, async () => ({ key, index: [...((await proposalIndexes(context, { organisation, chapters, of: [chapter] })).get(chapter) ?? [])], proposal: null })) as Promise<ProposalsAnswer>;
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
}

/** The proposals feature's handlers. */
export const proposalHandlers = {
  /** A chapter's proposals (P8) and maybe one proposal (P1–P7). Never rejects on document content. */
  readProposals: handler(isProposalsRequest, judgedProposals),

  /**
   * The words of a proposal's valid comments (P4), for search: the proposal page's first reading of
   * it (the same cached result; its comments do not depend on the vote's boxes), so a comment the
   * page refuses is never found. Only the words cross (HOME4).
   */
  proposalCommentWords: backgroundHandler(isCommentsRequest, async ({ proposal, ...request }, context: WorkerContext): Promise<CommentWord[]> => {
    const judged = (await judgedProposals({ ...request, proposal: { ...proposal, boxes: [] } }, context)).proposal;
    return judged?.found === true ? judged.detail.comments.map(({ id, at, text }) => ({ id, at, text })) : [];
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
