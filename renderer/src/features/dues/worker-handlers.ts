/**
 * What the dues feature asks the verification worker (registered in src/app/worker/handlers.ts): a
 * chapter's dues judged and folded (crdt's `readDues`, PROTOCOL.md DU), over the worker's copies of
 * the organisation's documents, once per change of them.
 */
import { readDues, type DuesRead } from "@chapterhouse/crdt/dues";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, type Guarded } from "../../shared/worker/guard.js";
import { handler } from "../../shared/worker/handler.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const isDuesRequest = isObjectOf({
  /** The Organisation document and the Chapter documents held: the rosters, decisions and ledgers (DU4, DU5.5). */
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  chapter: isId<ChapterId>(),
});

/** What the dues section asks. */
export type DuesRequest = Guarded<typeof isDuesRequest>;

/** The dues feature's handlers. */
export const duesHandlers = {
  /** A chapter's dues, ledger and what the chapters below passed up to it. */
  readDues: handler(isDuesRequest, ({ organisation, chapters, chapter }, context: WorkerContext): Promise<DuesRead> => {
    const urls: DocumentUrl[] = [organisation, ...chapters];
    const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
    const key = `dues ${chapter} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
    return context.results.get(key, () =>
      withVerifiedIds(context, urls, () => readDues({ organisation: at(organisation), chapters: chapters.map(at) }, chapter, context.verifier, context.verified)),
    ) as Promise<DuesRead>;
  }),
};
