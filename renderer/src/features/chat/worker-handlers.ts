/**
 * What the chat feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * a chapter's rooms and one room's pages judged (crdt's `readChapterRooms`, `readRoom`, PROTOCOL.md
 * CH), over the worker's copies of the organisation's documents, once per change of them.
 */
import { callsFor, readChapterRooms, readRoom, readRoomsBelow, type CallReason, type Room } from "@chapterhouse/crdt/chat";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isMemberKey, isNullable, isObjectOf, isRecordId, isSafeInteger, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { signedRecords, withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";
import { roomAnswerOf, type RoomAnswer } from "../../shared/worker/room-answer.js";

/**
 * Pass 1's read of each of the organisation's documents: the worker's kept signed read of its copy
 * (once per heads, each document in a task of its own, as the proposals' and the blog's reads take
 * it), not the chokepoint again with every record's id hashed in one task (issue 10: after a
 * reload the bell's `roomCalls` over the 1,000-proposal chapter held the worker ~600 ms of CPU
 * while the chapter's list waited).
 */
const kept =
  (context: WorkerContext) =>
  ({ url }: { readonly url: DocumentUrl }) =>
    signedRecords(context, url);

/** A room, its pages held (page 0 always, each with its URL) and the lowest page shown. */
const isPages = isObjectOf({ id: isRecordId, pages: isArrayOf(isObjectOf({ n: isSafeInteger, url: isDocumentUrl })), from: isSafeInteger });

const isRoomsRequest = isObjectOf({
  /** The Organisation document and the Chapter documents held: every record's membership context (CH1.4). */
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  chapter: isId<ChapterId>(),
  /** The room to read, with the pages held (page 0 always) and the lowest page shown; or null for the rooms only. */
  room: isNullable(isPages),
});

const isCallsRequest = isObjectOf({
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  chapter: isId<ChapterId>(),
  room: isPages,
  /** The member called, and since when (ms since the epoch) a call is new. */
  member: isMemberKey,
  since: isSafeInteger,
});

/** A room's pages to search: as a calls request, without the member. */
const isSearchRequest = isObjectOf({ organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl), chapter: isId<ChapterId>(), room: isPages });

/** A message that calls for the member (CH10.5), as the bell lists it. */
export interface RoomCall {
  readonly id: RecordId;
  readonly reason: CallReason;
  readonly author: MemberKey;
  readonly at: number;
  readonly text: string;
}

/** The calls of a room's pages read, and the room's last page (CH3.2), to read it next. */
export interface RoomCalls {
  readonly lastPage: number;
  readonly calls: readonly RoomCall[];
}

/** A message a member can find (search): its current text; none deleted or hidden (CH5.3, CH8.2). */
export interface RoomSearchMessage {
  readonly id: RecordId;
  readonly author: MemberKey;
  readonly at: number;
  readonly text: string;
}

/** The findable messages of a room's pages read, and the room's last page (CH3.2), to read it next. */
export interface RoomSearchMessages {
  readonly lastPage: number;
  readonly messages: readonly RoomSearchMessage[];
}

/** What the chat screens ask. */
export type RoomsRequest = Guarded<typeof isRoomsRequest>;

/** What the chat screens get: the chapter's rooms, maybe one room, and a key that changes only when the documents did. */
export interface RoomsAnswer {
  readonly key: string;
  readonly rooms: readonly Room[];
  /** The rooms of the chapters below, each naming its chapter (read for the chapter's list only: empty with a room). */
  readonly below: readonly Room[];
  readonly room: RoomAnswer | null;
}

/** A chapter's rooms (CH2) and maybe one room's pages (CH9, CH10). Never rejects on document content. */
function readRooms(request: RoomsRequest, context: WorkerContext): Promise<RoomsAnswer> {
  const { organisation, chapters, chapter, room } = request;
  const urls: DocumentUrl[] = [organisation, ...chapters, ...(room?.pages.map((page) => page.url) ?? [])];
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  const key = `rooms ${chapter} ${room?.id ?? "-"} ${room?.from ?? ""} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, async (): Promise<RoomsAnswer> => {
      const snapshots = { organisation: at(organisation), chapters: chapters.map(at) };
      if (room === null) {
        const rooms = await readChapterRooms(snapshots, chapter, context.verifier, context.verified, kept(context));
        return { key, rooms, below: await readRoomsBelow(snapshots, chapter, context.verifier, context.verified, kept(context)), room: null };
      }
      const pages = room.pages.map((page) => ({ n: page.n, ...at(page.url) }));
      const rooms = await readChapterRooms(snapshots, chapter, context.verifier, context.verified, kept(context));
      const read = await readRoom(snapshots, chapter, room.id, pages, room.from, context.verifier, context.verified, kept(context));
      return { key, rooms, below: [], room: roomAnswerOf(read) };
    }),
  ) as Promise<RoomsAnswer>;
}

/** The messages and replies of `room`'s pages read, without those deleted or hidden (search: only what the member reads). Never rejects on content. */
function roomSearchMessages(request: Guarded<typeof isSearchRequest>, context: WorkerContext): Promise<RoomSearchMessages> {
  const { organisation, chapters, chapter, room } = request;
  const urls: DocumentUrl[] = [organisation, ...chapters, ...room.pages.map((page) => page.url)];
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  const key = `search ${chapter} ${room.id} ${room.from} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, async (): Promise<RoomSearchMessages> => {
      const snapshots = { organisation: at(organisation), chapters: chapters.map(at) };
      const pages = room.pages.map((page) => ({ n: page.n, ...at(page.url) }));
      const { timeline } = await readRoom(snapshots, chapter, room.id, pages, room.from, context.verifier, context.verified, kept(context));
      const messages = [...timeline.messages, ...[...timeline.threads.values()].flat()]
        .filter((message) => !message.deleted && message.hidden === null)
        .map(({ id, author, at: time, text }) => ({ id, author, at: time, text }));
      return { lastPage: timeline.lastPage, messages };
    }),
  ) as Promise<RoomSearchMessages>;
}


/** The chat feature's handlers. */
export const chatHandlers = {
  /** A chapter's rooms and maybe one room's pages, for the chat screens. */
  readRooms: handler(isRoomsRequest, readRooms),
  /** The same, for the bell (notifications): the rooms its calls are read in, in the background lane (HOME4). */
  roomsForCalls: backgroundHandler(isRoomsRequest, readRooms),
  /**
   * What in a room's pages calls for `member` since `since` (CH10.5: mentions, replies in their
   * threads), for notifications: only the calls cross to the page, never the timeline.
   */
  /** A room's findable messages (search, issue 12 item 8), in the background lane (HOME4): only their words cross to the page. */
  roomSearchMessages: backgroundHandler(isSearchRequest, roomSearchMessages),
  roomCalls: backgroundHandler(isCallsRequest, (request, context: WorkerContext): Promise<RoomCalls> => {
    const { organisation, chapters, chapter, room, member, since } = request;
    const urls: DocumentUrl[] = [organisation, ...chapters, ...room.pages.map((page) => page.url)];
    const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
    const key = `calls ${chapter} ${room.id} ${room.from} ${member} ${since} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
    return context.results.get(key, () =>
      withVerifiedIds(context, urls, async (): Promise<RoomCalls> => {
        const snapshots = { organisation: at(organisation), chapters: chapters.map(at) };
        const pages = room.pages.map((page) => ({ n: page.n, ...at(page.url) }));
        const { timeline } = await readRoom(snapshots, chapter, room.id, pages, room.from, context.verifier, context.verified, kept(context));
        const calls = callsFor(timeline, member)
          .filter(({ message }) => message.at >= since)
          .map(({ reason, message }) => ({ id: message.id, reason, author: message.author, at: message.at, text: message.text }));
        return { lastPage: timeline.lastPage, calls };
      }),
    ) as Promise<RoomCalls>;
  }),
};
