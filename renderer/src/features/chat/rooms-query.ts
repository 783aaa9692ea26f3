/**
 * A chapter's rooms and, for the room screen, one room's newest pages (PROTOCOL.md CH9.5,
 * `followNewestPages`). Read again whenever any document it rests on changes.
 */
import type { Repo } from "@automerge/automerge-repo";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { followModerationLog, followNewestPages } from "./newest-pages.js";
import type { chatHandlers, RoomsAnswer } from "./worker-handlers.js";

/** What the chat query asks the worker. */
export type ChatWorker = Pick<Bound<typeof chatHandlers>, "readRooms" | "roomsForCalls" | "roomCalls" | "roomSearchMessages">;

/** How many messages of a room a first screen shows (CH9.5). */
export const FIRST_SCREEN = 50;

/** What the chat screens show: the worker's answer, and the pages followed (each with its URL). */
export interface RoomsValue extends RoomsAnswer {
  readonly pages: ReadonlyMap<number, DocumentUrl>;
  /** The chapter's moderation log (MOD1), followed for the hides and reports copied there; undefined when not held. */
  readonly log?: DocumentUrl | undefined;
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
      const { answer, pages, from } = await followNewestPages(context, repo, room, scope, wanted, (held, from) => worker.readRooms({ ...base, room: { id: room, pages: [...held], from } }));
      return { ...answer, pages, from, log: await followModerationLog(context, repo, chapter, scope) };
    },
  };
}
