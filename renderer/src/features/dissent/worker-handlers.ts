/**
 * What dissent asks the verification worker (registered in src/app/worker/handlers.ts): a
 * chapter's dissents judged (crdt's `readDissents`, PROTOCOL.md DS), over the worker's copies of the
 * organisation's documents, once per change of them.
 */
import { readDissents, type Dissent } from "@chapterhouse/crdt/dissent";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, type Guarded } from "../../shared/worker/guard.js";
import { handler } from "../../shared/worker/handler.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const isDissentsRequest = isObjectOf({
  /** The Organisation document and the Chapter documents held: every record's membership context (DS1.4). */
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  chapter: isId<ChapterId>(),
});

/** What the decisions log asks. */
export type DissentsRequest = Guarded<typeof isDissentsRequest>;

/** Each decision's dissents (DS4), and a key that changes only when the documents did. */
export interface DissentsAnswer {
  readonly key: string;
  readonly byDecision: ReadonlyMap<RecordId, readonly Dissent[]>;
}

/** The dissent feature's handlers. */
export const dissentHandlers = {
  /** A chapter's dissents, by decision (DS4). */
  readDissents: handler(isDissentsRequest, (request, context: WorkerContext): Promise<DissentsAnswer> => {
    const { organisation, chapters, chapter } = request;
    const urls: DocumentUrl[] = [organisation, ...chapters];
    const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
    const key = `dissents ${chapter} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
    return context.results.get(key, () =>
      withVerifiedIds(context, urls, async (): Promise<DissentsAnswer> => {
        const { byDecision } = await readDissents({ organisation: at(organisation), chapters: chapters.map(at) }, chapter, context.verifier, context.verified);
        return { key, byDecision };
      }),
    ) as Promise<DissentsAnswer>;
  }),
};
