/**
 * What dissent asks the verification worker (registered in src/app/worker/handlers.ts): a
 * chapter's dissents judged (crdt's `readDissents`, PROTOCOL.md DS), over the worker's copies of the
 * organisation's documents, once per change of them.
 */
import { readDissents, readLinkedDissents, type Dissent, type LinkedDissent } from "@chapterhouse/crdt/dissent";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, isRecordId, type Guarded } from "../../shared/worker/guard.js";
import { handler } from "../../shared/worker/handler.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

/** The Organisation document and the Chapter documents held: every record's membership context (DS1.4), and every chapter's log (DS6). */
const organisationFields = { organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl) };
const isDissentsRequest = isObjectOf({ ...organisationFields, chapter: isId<ChapterId>() });
const isLinkedRequest = isObjectOf({ ...organisationFields, current: isRecordId });

/** What the decisions log asks. */
export type DissentsRequest = Guarded<typeof isDissentsRequest>;
/** What a current's page asks. */
export type LinkedDissentsRequest = Guarded<typeof isLinkedRequest>;

/** Each decision's dissents (DS4), and a key that changes only when the documents did. */
export interface DissentsAnswer {
  readonly key: string;
  readonly byDecision: ReadonlyMap<RecordId, readonly Dissent[]>;
}

/** The dissents linked to a current (DS6), and a key that changes only when the documents did. */
export interface LinkedDissentsAnswer {
  readonly key: string;
  readonly dissents: readonly LinkedDissent[];
}

const snapshotAt = (context: WorkerContext) => (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
const keyOf = (context: WorkerContext, urls: readonly DocumentUrl[]) => urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ");

/** The dissent feature's handlers. */
export const dissentHandlers = {
  /** A chapter's dissents, by decision (DS4). */
  readDissents: handler(isDissentsRequest, (request, context: WorkerContext): Promise<DissentsAnswer> => {
    const { organisation, chapters, chapter } = request;
    const urls: DocumentUrl[] = [organisation, ...chapters];
    const at = snapshotAt(context);
    const key = `dissents ${chapter} ${keyOf(context, urls)}`;
    return context.results.get(key, () =>
      withVerifiedIds(context, urls, async (): Promise<DissentsAnswer> => {
        const { byDecision } = await readDissents({ organisation: at(organisation), chapters: chapters.map(at) }, chapter, context.verifier, context.verified);
        return { key, byDecision };
      }),
    ) as Promise<DissentsAnswer>;
  }),
  /** The dissents linked to a current, from every chapter's log held (DS6). */
  linkedDissents: handler(isLinkedRequest, (request, context: WorkerContext): Promise<LinkedDissentsAnswer> => {
    const { organisation, chapters, current } = request;
    const urls: DocumentUrl[] = [organisation, ...chapters];
    const at = snapshotAt(context);
    const key = `linked dissents ${current} ${keyOf(context, urls)}`;
    return context.results.get(key, () =>
      withVerifiedIds(context, urls, async (): Promise<LinkedDissentsAnswer> => {
        const dissents = await readLinkedDissents({ organisation: at(organisation), chapters: chapters.map(at) }, current, context.verifier, context.verified);
        return { key, dissents };
      }),
    ) as Promise<LinkedDissentsAnswer>;
  }),
};
