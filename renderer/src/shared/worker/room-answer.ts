import type { RoomRead } from "@chapterhouse/crdt/chat";

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
