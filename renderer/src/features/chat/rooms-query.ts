/**
 * A chapter's rooms and, for the room screen, one room's newest pages (PROTOCOL.md CH9.5): page 0
 * (the room's pins and pages), then pages from the last down until they hold the messages wanted
 * — never every page. Read again whenever any document it rests on changes.
 */
import type { Repo } from "@automerge/automerge-repo";
import { pagesToShow } from "@chapterhouse/crdt/chat";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { threadPageRequest } from "./thread-page-request.js";
import type { chatHandlers, RoomsAnswer } from "./worker-handlers.js";

/** What the chat query asks the worker. */
export type ChatWorker = Pick<Bound<typeof chatHandlers>, "readRooms" | "roomsForCalls" | "roomCalls">;

/** How many messages of a room a first screen shows (CH9.5). */
export const FIRST_SCREEN = 50;

/** What the chat screens show: the worker's answer, and the pages followed (each with its URL). */
export interface RoomsValue extends RoomsAnswer {
  readonly pages: ReadonlyMap<number, DocumentUrl>;
  /** The lowest page whose messages show: 0 when the room is shown from its start. */
  readonly from: number;
}

/** The query of `chapter`'s rooms and, unless `room` is null, of its newest pages holding `wanted` messages. */
export function roomsQuery(worker: ChatWorker, repo: Repo, organisation: OpenOrganisation, chapter: ChapterId, room: RecordId | null, wanted: number): QuerySpec<RoomsValue> {
  const scope = organisation.url;
  return {
    key: `rooms ${scope} ${chapter} ${room ?? "-"} ${wanted}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
      const base = { organisation: scope, chapters: held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url), chapter };
      if (room === null) return { ...(await worker.readRooms({ ...base, room: null })), pages: new Map(), from: 0 };
      const pages = new Map<number, DocumentUrl>();
      const follow = async (numbers: readonly number[]) => {
        const requests = numbers.map((n) => threadPageRequest(repo, room, n, scope));
        const standing = await context.documents(requests, { wait: true });
        numbers.forEach((n, i) => {
          if (standing[i]!.state === "ready") pages.set(n, requests[i]!.url);
        });
      };
      const read = (from: number) => worker.readRooms({ ...base, room: { id: room, pages: [...pages].map(([n, url]) => ({ n, url })), from } });
      await follow([0]);
      let answer = await read(0);
      const last = answer.room?.timeline.lastPage ?? 0;
      let from = 0;
      // From the last page down, one more page while those read hold fewer messages than wanted (CH9.5).
      for (let shown = [last]; last > 0; ) {
        await follow(shown.filter((n) => !pages.has(n)));
        // A page that could not be opened ends the paging: what is held is shown.
        if (shown.some((n) => !pages.has(n))) break;
        from = Math.min(...shown);
        answer = await read(from);
        const want = pagesToShow(last, wanted, answer.room?.counts ?? new Map<number, number>());
        if (want.every((n) => shown.includes(n))) break;
        shown = want;
      }
      return { ...answer, pages, from };
    },
  };
}
