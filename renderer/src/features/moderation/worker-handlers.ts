/**
 * What the moderation log asks the verification worker (registered in src/app/worker/handlers.ts):
 * a chapter's log judged (crdt's `readModerationLog`, PROTOCOL.md MOD), over the worker's copies of
 * the organisation's documents, the log's and, for the root, the Currents document's (CU6), once per
 * change of them.
 */
import { readModerationLog, type ModerationEntry } from "@chapterhouse/crdt/moderation";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, type Guarded } from "../../shared/worker/guard.js";
import { handler } from "../../shared/worker/handler.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const isLogRequest = isObjectOf({
  /** The Organisation document and the Chapter documents held: the rooms, topics and rosters the entries are judged in (MOD2). */
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  chapter: isId<ChapterId>(),
  /** The chapter's log document (MOD1). */
  log: isDocumentUrl,
  /** The organisation's Currents document (CU1) when the chapter is its root and the document is held: its currents' discussions are the root's rooms (MOD2.2). */
  currents: isArrayOf(isDocumentUrl),
});

/** What the log screen asks. */
export type LogRequest = Guarded<typeof isLogRequest>;

/** The log's entries, newest first (MOD3), and a key that changes only when the documents did. */
export interface LogAnswer {
  readonly key: string;
  readonly entries: readonly ModerationEntry[];
}

/** The moderation feature's handlers. */
export const moderationHandlers = {
  /** A chapter's moderation log (MOD3). */
  readModerationLog: handler(isLogRequest, (request, context: WorkerContext): Promise<LogAnswer> => {
    const { organisation, chapters, chapter, log, currents } = request;
    const urls: DocumentUrl[] = [organisation, ...chapters, log, ...currents];
    const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
    const key = `moderation ${chapter} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
    return context.results.get(key, () =>
      withVerifiedIds(context, urls, async (): Promise<LogAnswer> => {
        const { entries } = await readModerationLog({ organisation: at(organisation), chapters: chapters.map(at) }, chapter, at(log), context.verifier, context.verified, currents.map(at)[0]);
        return { key, entries };
      }),
    ) as Promise<LogAnswer>;
  }),
};
