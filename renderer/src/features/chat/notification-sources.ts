/**
 * What chat tells the member of (shared/routing/notification-sources.ts): the messages that
 * mention them and the replies in the threads they are in (PROTOCOL.md CH10.5), in the rooms of
 * every chapter they belong to — each room read as its screen first reads it (page 0, then its
 * last page: CH9.5), never whole. Only the calls cross from the worker.
 */
import type { Repo } from "@automerge/automerge-repo";
import type { Room } from "@chapterhouse/crdt/chat";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { NotificationItem, NotificationReadContext, NotificationSource } from "../../shared/routing/notification-sources.js";
import { useMemberSpace } from "../organisation/index.js";
import { useRoomName } from "./ChapterRooms.js";
import { useChatWorker } from "./chat-worker.js";
import { roomPath } from "./paths.js";
import type { ChatWorker } from "./rooms-query.js";
import { threadPageRequest } from "./thread-page-request.js";

/** How much of a message the list shows. */
const EXCERPT = 80;

const excerpt = (text: string) => (text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 1)}…`);

/** The mentions and replies for the member in the rooms of their chapters since `since`; `roomName` names a room as the app shows it. */
export async function readChatCalls(worker: ChatWorker, repo: Repo, context: NotificationReadContext, roomName: (room: Room) => string): Promise<NotificationItem[]> {
  const { organisation, mine, member, since, query } = context;
  const scope = organisation.url;
  const base = { organisation: scope, chapters: organisation.chapters };
  const out: NotificationItem[] = [];
  const page = async (room: Room["id"], n: number) => {
    const request = threadPageRequest(repo, room, n, scope);
    const [held] = await query.documents([request], { wait: true });
    return held?.state === "ready" ? { n, url: request.url } : undefined;
  };
  for (const chapter of mine) {
    const { rooms } = await worker.roomsForCalls({ ...base, chapter, room: null });
    for (const room of rooms) {
      const first = await page(room.id, 0);
      if (first === undefined) continue;
      let answer = await worker.roomCalls({ ...base, chapter, room: { id: room.id, pages: [first], from: 0 }, member, since });
      const last = answer.lastPage > 0 ? await page(room.id, answer.lastPage) : undefined;
      if (last !== undefined) answer = await worker.roomCalls({ ...base, chapter, room: { id: room.id, pages: [first, last], from: last.n }, member, since });
      const href = roomPath.href({ organisation: documentIdOf(scope), chapter, room: room.id });
      for (const call of answer.calls) {
        out.push({ key: call.id, kind: call.reason, chapter, title: `${roomName(room)}: ${excerpt(call.text)}`, href, at: call.at, by: call.author });
      }
    }
  }
  return out;
}

/** Chat's notification source, registered by src/app/features.ts. */
export const chatNotificationSources: readonly NotificationSource[] = [
  {
    id: "chat",
    order: 5,
    kinds: ["mention", "reply"],
    useReader() {
      const worker = useChatWorker();
      const { space } = useMemberSpace();
      const roomName = useRoomName();
      return (context) => (space === undefined ? Promise.resolve([]) : readChatCalls(worker, space.repo, context, roomName));
    },
  },
];
