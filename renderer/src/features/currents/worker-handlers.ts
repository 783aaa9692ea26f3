/**
 * What currents ask the verification worker (registered in src/app/worker/handlers.ts): the
 * organisation's currents and one current's discussion judged (crdt's `readCurrents`,
 * `readCurrent`, PROTOCOL.md CU), over the worker's copies of the organisation's documents and its
 * Currents document, once per change of them.
 */
import { readCurrent, readCurrents, type Current } from "@chapterhouse/crdt/currents";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, isRecordId, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { readOnce } from "../../shared/worker/read-once.js";
import { pagesAt, roomPageAnswer, roomPagesFields, type RoomPageAnswer } from "../../shared/worker/room-answer.js";
import type { WorkerContext } from "../../shared/worker/worker-context.js";

/** The Organisation and Chapter documents held (every signer's membership, CU2.4, CU7), the root, and the Currents document (CU1) once held. */
const currentsFields = { organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl), root: isId<ChapterId>(), currents: isArrayOf(isDocumentUrl) };
const isCurrentsRequest = isObjectOf(currentsFields);
const isCurrentRequest = isObjectOf({
  ...currentsFields,
  /** The current, and its discussion's pages. */
  current: isRecordId,
  ...roomPagesFields,
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
export interface CurrentAnswer extends RoomPageAnswer {
  readonly current: Current | null;
}

function currents(request: CurrentsRequest, context: WorkerContext): Promise<CurrentsAnswer> {
  const { organisation, chapters, root } = request;
  return readOnce(context, `currents ${root}`, [organisation, ...chapters, ...request.currents], async (at, key): Promise<CurrentsAnswer> => {
    const read = await readCurrents({ organisation: at(organisation), chapters: chapters.map(at) }, root, request.currents.map(at)[0], context.verifier, context.verified);
    return { key, currents: read.currents };
  });
}

function current(request: CurrentRequest, context: WorkerContext): Promise<CurrentAnswer> {
  const { organisation, chapters, root, pages, from } = request;
  const urls = [organisation, ...chapters, ...request.currents, ...pages.map((page) => page.url)];
  return readOnce(context, `current ${request.current} ${from}`, urls, async (at, key): Promise<CurrentAnswer> => {
    const read = await readCurrent({ organisation: at(organisation), chapters: chapters.map(at) }, root, request.currents.map(at)[0], request.current, pagesAt(at, pages), from, context.verifier, context.verified);
    return { ...roomPageAnswer(key, read), current: read.current };
  });
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
