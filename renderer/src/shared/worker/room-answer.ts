import type { RoomRead } from "@chapterhouse/crdt/chat";
import { isArrayOf, isDocumentUrl, isObjectOf, isSafeInteger, type Guarded } from "./guard.js";
import type { SnapshotAt } from "./read-once.js";

/** One room's pages as the room screen shows them: crdt's reading without the pages' chokepoint reads, which stay in the worker. */
export type RoomAnswer = Omit<RoomRead, "pages">;

/**
 * What the screens get of a room's reading (a chat room's, a forum topic's, a post's): all but
 * its pages' chokepoint reads, which stay in the worker — the document layer keeps and writes back records itself (D8, D9).
 */
export function roomAnswerOf(read: RoomRead): RoomAnswer {
  const { room, timeline, pageOf, creation, counts, reports, unverified } = read;
  return { room, timeline, pageOf, creation, counts, reports, unverified };
}

/** What a request for one room's pages names: the pages held (page 0 always) and the lowest page shown (CH9.5). */
export const roomPagesFields = {
  pages: isArrayOf(isObjectOf({ n: isSafeInteger, url: isDocumentUrl })),
  from: isSafeInteger,
};

/** The pages of a request as crdt's room readers take them. */
export function pagesAt(at: SnapshotAt, pages: Guarded<typeof roomPagesFields.pages>) {
  return pages.map((page) => ({ n: page.n, ...at(page.url) }));
}

/** A room of the chat family shown on a screen of its own (a current's discussion, a topic, a post), as chat's room screen gets it: no chapter's rooms beside it. */
export interface RoomPageAnswer {
  readonly key: string;
  readonly rooms: readonly [];
  readonly below: readonly [];
  readonly room: RoomAnswer;
}

/** The answer of one room's pages read under `key`. */
export function roomPageAnswer(key: string, read: RoomRead): RoomPageAnswer {
  return { key, rooms: [], below: [], room: roomAnswerOf(read) };
}
