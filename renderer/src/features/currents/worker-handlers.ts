/**
 * What currents ask the verification worker (registered in src/app/worker/handlers.ts): the
 * organisation's currents and one current's discussion judged (crdt's `readCurrents`,
 * `readCurrent`, PROTOCOL.md CU), over the worker's copies of the organisation's documents and its
 * Currents document, once per change of them.
 */
import { readCurrent, readCurrents, type Current } from "@chapterhouse/crdt/currents";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, isRecordId, isSafeInteger, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { roomAnswerOf, type RoomAnswer } from "../../shared/worker/room-answer.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

/** The Organisation and Chapter documents held (every signer's membership, CU2.4, CU7), the root, and the Currents document (CU1) once held. */
const currentsFields = { organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl), root: isId<ChapterId>(), currents: isArrayOf(isDocumentUrl) };
const isCurrentsRequest = isObjectOf(currentsFields);
const isCurrentRequest = isObjectOf({
  ...currentsFields,
  /** The current, its discussion's pages held (page 0 always) and the lowest page shown. */
  current: isRecordId,
  pages: isArrayOf(isObjectOf({ n: isSafeInteger, url: isDocumentUrl })),
  from: isSafeInteger,
});

/** What the currents screens ask. */
export type CurrentsRequest = Guarded<typeof isCurrentsRequest>;
export type CurrentRequest = Guarded<typeof isCurrentRequest>;

/** The organisation's currents (CU7), without the verdicts (they stay here), and a key that changes only when the documents did. */
export interface CurrentsAnswer {
  readonly key: string;
  readonly currents: readonly Current[];
}

/** One current as its page shows it: its discussion's reading (as chat's room screen gets it) and the current. */
export interface CurrentAnswer {
  readonly key: string;
  readonly rooms: readonly [];
  readonly below: readonly [];
  readonly room: RoomAnswer;
  readonly current: Current | null;
}

const snapshotAt = (context: WorkerContext) => (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
const keyOf = (context: WorkerContext, urls: readonly DocumentUrl[]) => urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ");

function currents(request: CurrentsRequest, context: WorkerContext): Promise<CurrentsAnswer> {
  const { organisation, chapters, root } = request;
  const urls = [organisation, ...chapters, ...request.currents];
  const at = snapshotAt(context);
  const key = `currents ${root} ${keyOf(context, urls)}`;
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, async (): Promise<CurrentsAnswer> => {
      const read = await readCurrents({ organisation: at(organisation), chapters: chapters.map(at) }, root, request.currents.map(at)[0], context.verifier, context.verified);
      return { key, currents: read.currents };
    }),
  ) as Promise<CurrentsAnswer>;
}

function current(request: CurrentRequest, context: WorkerContext): Promise<CurrentAnswer> {
  const { organisation, chapters, root, pages, from } = request;
  const urls = [organisation, ...chapters, ...request.currents, ...pages.map((page) => page.url)];
  const at = snapshotAt(context);
  const key = `current ${request.current} ${from} ${keyOf(context, urls)}`;
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, async (): Promise<CurrentAnswer> => {
      const pagesAt = pages.map((page) => ({ n: page.n, ...at(page.url) }));
      const read = await readCurrent({ organisation: at(organisation), chapters: chapters.map(at) }, root, request.currents.map(at)[0], request.current, pagesAt, from, context.verifier, context.verified);
      return { key, rooms: [], below: [], room: roomAnswerOf(read), current: read.current };
    }),
  ) as Promise<CurrentAnswer>;
}

/** The currents' handlers. */
export const currentHandlers = {
  /** The organisation's currents (CU7). */
  readCurrents: handler(isCurrentsRequest, currents),
  /** The same in the background lane, for search (HOME4). */
  currentsForSearch: backgroundHandler(isCurrentsRequest, currents),
  /** One current and its discussion's pages (CU5). */
  readCurrent: handler(isCurrentRequest, current),
};
