/**
 * What the events feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * chapters' events judged (crdt's `readChapterEvents`, PROTOCOL.md EV), over the worker's copies of
 * the organisation's documents, once per change of them.
 */
import type { Convening } from "@chapterhouse/crdt/assemblies";
import { readChapterEvents, type ChapterEvent } from "@chapterhouse/crdt/events";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { signedRecords, withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const isEventsRequest = isObjectOf({
  /** The Organisation document and the Chapter documents held: every record's membership context (EV1.5). */
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  /** The chapters whose events are read. */
  of: isArrayOf(isId<ChapterId>()),
});

/** What the events screens ask. */
export type EventsRequest = Guarded<typeof isEventsRequest>;

/** What they get: the events of the chapters asked, the values refused per chapter (EV4.2), their assemblies (AS2), and a key that changes only when the documents did. */
export interface EventsAnswer {
  readonly key: string;
  readonly events: readonly ChapterEvent[];
  readonly refused: ReadonlyMap<ChapterId, number>;
  /** The assemblies convened for those events (AS2). */
  readonly assemblies: readonly Convening[];
}

/** The events of `of` (EV1–EV4). Never rejects on document content. */
function readEvents(request: EventsRequest, context: WorkerContext): Promise<EventsAnswer> {
  const { organisation, chapters, of } = request;
  const urls: DocumentUrl[] = [organisation, ...chapters];
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  const key = `events ${[...of].sort().join(",")} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, async (): Promise<EventsAnswer> => {
      // Pass 1 takes the worker's read of each document, kept by its heads (as the proposals' and
      // the blog's do): the organisation's records are not parsed and hashed again per reader.
      const read = await readChapterEvents(
        { organisation: at(organisation), chapters: chapters.map(at) },
        of,
        context.verifier,
        context.verified,
        ({ url }) => signedRecords(context, url),
      );
      return { key, ...read };
    }),
  ) as Promise<EventsAnswer>;
}

/** The events feature's handlers. */
export const eventHandlers = {
  /** Chapters' events, for the events screens. */
  readEvents: handler(isEventsRequest, readEvents),
  /** The same, for the home and the bell (upcoming events, new events, reminders), in the background lane (HOME4). */
  homeEvents: backgroundHandler(isEventsRequest, readEvents),
};
