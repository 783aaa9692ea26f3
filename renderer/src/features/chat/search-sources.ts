/**
 * What chat gives search (shared/routing/search-sources.ts): the messages and replies of the open
 * rooms (CH2.2: `chapter` and `subtree`) of every chapter the member belongs to, each room read as
 * its screen first reads it (page 0, then its last page: CH9.5), never whole; none deleted or
 * hidden (CH5.3, CH8.2). Invited rooms are private (CH12): the messages service's own source finds
 * what this device decrypts, and nothing leaves it. Only the words cross from the worker.
 */
import type { Repo } from "@automerge/automerge-repo";
import type { Room } from "@chapterhouse/crdt/chat";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import { searchExcerpt, type SearchItem, type SearchSource } from "../../shared/routing/search-sources.js";
import { useMemberSpace } from "../organisation/index.js";
import { useRoomName } from "./ChapterRooms.js";
import { useChatWorker } from "./chat-worker.js";
import { roomPath } from "./paths.js";
import type { ChatWorker } from "./rooms-query.js";
import { threadPageRequest } from "./thread-page-request.js";

/** The findable messages of the open rooms of the member's chapters; `roomName` names a room as the app shows it. Rejects only on a worker fault. */
export async function readChatSearchItems(worker: Pick<ChatWorker, "roomsForCalls" | "roomSearchMessages">, repo: Repo, context: HomeReadContext, roomName: (room: Room) => string): Promise<SearchItem[]> {
  const { organisation, mine, query } = context;
  const scope = organisation.url;
  const base = { organisation: scope, chapters: organisation.chapters };
  const out: SearchItem[] = [];
  const page = async (room: Room["id"], n: number) => {
    const request = threadPageRequest(repo, room, n, scope);
    const [held] = await query.documents([request], { wait: true });
    return held?.state === "ready" ? { n, url: request.url } : undefined;
  };
  for (const chapter of mine) {
    const { rooms } = await worker.roomsForCalls({ ...base, chapter, room: null });
    for (const room of rooms.filter((entry) => entry.access !== "invited")) {
      const first = await page(room.id, 0);
      if (first === undefined) continue;
      let answer = await worker.roomSearchMessages({ ...base, chapter, room: { id: room.id, pages: [first], from: 0 } });
      const last = answer.lastPage > 0 ? await page(room.id, answer.lastPage) : undefined;
      if (last !== undefined) answer = await worker.roomSearchMessages({ ...base, chapter, room: { id: room.id, pages: [first, last], from: last.n } });
      const href = roomPath.href({ organisation: documentIdOf(scope), chapter, room: room.id });
      for (const message of answer.messages) out.push({ key: message.id, kind: "chat", chapter, title: `${roomName(room)}: ${searchExcerpt(message.text)}`, text: message.text, href, at: message.at });
    }
  }
  return out;
}

/** Chat's search source, registered by src/app/features.ts. */
export const chatSearchSources: readonly SearchSource[] = [
  {
    id: "chat",
    order: 55,
    kinds: ["chat"],
    useReader() {
      const worker = useChatWorker();
      const { space } = useMemberSpace();
      const roomName = useRoomName();
      return (context) => (space === undefined ? Promise.resolve([]) : readChatSearchItems(worker, space.repo, context, roomName));
    },
  },
];
