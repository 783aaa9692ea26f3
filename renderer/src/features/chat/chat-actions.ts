/**
 * What a member does in a room (PROTOCOL.md CH2–CH8, CH13): create a room, write a message or a
 * reply, edit or delete their own, react, pin, report to the moderators, and — a moderator — hide
 * with a reason or show again (hides and reports copied into the moderation log, MOD4). Each
 * checks the body against its schema, cites the authority the roster gives (CH1.4, CH8.1), signs
 * through the vault and writes the record on the page CH9.3 says, then reads the room again.
 * Each throws a ChatProblem the member can act on.
 */
import {
  MAX_MESSAGE_LENGTH,
  hideDraft,
  messageDeleteDraft,
  messageDraft,
  messageEditDraft,
  moderatorDeps,
  pageForNewMessage,
  parseChatBody,
  pinDraft,
  reactionDraft,
  reportDraft,
  roomMemberDeps,
  roomOf,
  threadDraft,
  threadPageDraft,
  type ChatKind,
  type MessageLink,
  type Room,
  type RoomAccess,
} from "@chapterhouse/crdt/chat";
import type { RecordDraft } from "@chapterhouse/crdt/kinds";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { ChatProblem } from "./chat-problem.js";
import type { RoomsValue } from "./rooms-query.js";

/** Who acts, in which room, with what the room screen last read and how to read it again. */
export interface RoomContext {
  readonly space: MemberSpace;
  readonly organisation: OpenOrganisation;
  readonly value: RoomsValue;
  /** Reads the room again (after pending changes) and resolves with what it shows. */
  readonly refresh: () => Promise<RoomsValue | undefined>;
}

function roomIn(value: RoomsValue): Room {
  const room = value.room?.room;
  if (room === undefined || room === null) throw new ChatProblem("no-room", "This room is not readable on this device yet.");
  return room;
}

function memberDeps(context: RoomContext, room: Room): RecordId[] {
  const deps = roomMemberDeps(context.organisation.view.get().roster, room, context.space.member.key);
  if (deps === undefined) throw new ChatProblem("not-member", "Only the room's members can write in it.");
  return deps;
}

function checkText(text: string): void {
  if (text.trim() === "") throw new ChatProblem("empty", "Write a message first.");
  if (text.length > MAX_MESSAGE_LENGTH) throw new ChatProblem("too-long", `A message is at most ${MAX_MESSAGE_LENGTH} characters.`, { limit: MAX_MESSAGE_LENGTH });
}

/** Signs a draft whose body its schema accepts (CH1.1). */
async function sign(space: MemberSpace, draft: RecordDraft<ChatKind>) {
  const parsed = parseChatBody(draft.kind, draft.body);
  if (!parsed.ok) throw new ChatProblem("not-signable", `This cannot be signed: ${parsed.problem}.`, { detail: parsed.problem });
  return space.signDraft(draft);
}

/**
 * Writes `draft` onto page `page` of the room (CH9.3), the room's creation record onto page 0 first
 * if it lacks it; with `logged`, a copy into the chapter's moderation log too (MOD4).
 */
async function writeOn(context: RoomContext, page: number, map: string, draft: RecordDraft<ChatKind>, logged = false): Promise<RecordId> {
  const url = context.value.pages.get(page);
  if (url === undefined) throw new ChatProblem("no-room", "This room is not readable on this device yet.");
  const record = await sign(context.space, draft);
  const creation = context.value.room?.creation ?? null;
  const head = context.value.pages.get(0);
  if (creation !== null && head !== undefined) await context.space.documents.write(head, "origin", [creation]);
  await context.space.documents.write(url, map, [record]);
  if (logged && context.value.log !== undefined) await context.space.documents.write(context.value.log, "messages", [record]);
  await context.refresh();
  return record.id;
}

/**
 * Writes a message in the room, or (with `root`) a reply in that message's thread on its page
 * (CH4, CH9.3). A message of the room goes to the last page, or starts the next one when that is
 * full (CH9.4).
 * @throws {ChatProblem} if the text is empty or too long, or the member may not write here.
 */
export async function sendMessage(
  context: RoomContext,
  input: { readonly text: string; readonly root?: RecordId | null; readonly quote?: RecordId | null; readonly mentions?: readonly MemberKey[]; readonly links?: readonly MessageLink[] },
): Promise<RecordId> {
  checkText(input.text);
  const room = roomIn(context.value);
  const deps = memberDeps(context, room);
  const draft = messageDraft({ scope: room.id, text: input.text, root: input.root ?? null, quote: input.quote ?? null, mentions: input.mentions ?? [], links: input.links ?? [] }, deps);
  if (input.root !== undefined && input.root !== null) return writeOn(context, context.value.room?.pageOf.get(input.root) ?? 0, "messages", draft);
  const last = context.value.room?.timeline.lastPage ?? 0;
  const next = pageForNewMessage(last, context.value.room?.counts.get(last) ?? 0);
  if (next.start) {
    await writeOn(context, 0, "pages", threadPageDraft(room.id, next.page, deps));
    const read = await context.refresh();
    if (read === undefined) throw new ChatProblem("no-room", "This room is not readable on this device yet.");
    return writeOn({ ...context, value: read }, next.page, "messages", draft);
  }
  return writeOn(context, next.page, "messages", draft);
}

/** The page holding `target` (CH9.3). */
const pageOf = (context: RoomContext, target: RecordId): number => context.value.room?.pageOf.get(target) ?? 0;

/** Edits the member's own message (CH5). @throws {ChatProblem} if the text is empty or too long, or the member may not write here. */
export function editMessage(context: RoomContext, target: RecordId, text: string): Promise<RecordId> {
  checkText(text);
  const room = roomIn(context.value);
  return writeOn(context, pageOf(context, target), "messages", messageEditDraft({ scope: room.id, target, text }, memberDeps(context, room)));
}

/** Deletes the member's own message (CH5.3): shown as deleted, its history kept. @throws {ChatProblem} if the member may not write here. */
export function deleteMessage(context: RoomContext, target: RecordId): Promise<RecordId> {
  const room = roomIn(context.value);
  return writeOn(context, pageOf(context, target), "messages", messageDeleteDraft({ scope: room.id, target }, memberDeps(context, room)));
}

/** Adds (`on`) or takes back the member's reaction (CH6). @throws {ChatProblem} if the member may not write here. */
export function react(context: RoomContext, target: RecordId, emoji: string, on: boolean): Promise<RecordId> {
  const room = roomIn(context.value);
  return writeOn(context, pageOf(context, target), "messages", reactionDraft({ scope: room.id, target, emoji, on }, memberDeps(context, room)));
}

/** Pins (`on`) or unpins a message (CH7), on page 0. @throws {ChatProblem} if the member may not write here. */
export function pin(context: RoomContext, target: RecordId, on: boolean): Promise<RecordId> {
  const room = roomIn(context.value);
  return writeOn(context, 0, "pins", pinDraft({ scope: room.id, target, page: pageOf(context, target), on }, memberDeps(context, room)));
}

/**
 * Hides a message with a reason, or (`hidden: false`) shows it again (CH8), as a moderator.
 * @throws {ChatProblem} if the reason is empty, or the member is no moderator of the room's chapter.
 */
export function hide(context: RoomContext, target: RecordId, reason: string, hidden: boolean): Promise<RecordId> {
  const room = roomIn(context.value);
  if (reason.trim() === "") throw new ChatProblem("no-reason", "Say why, for the members who will see it.");
  const deps = moderatorDeps(context.organisation.view.get().roster, room, context.space.member.key);
  if (deps === undefined) throw new ChatProblem("not-moderator", "Only a moderator of this chapter can hide a message.");
  return writeOn(context, pageOf(context, target), "messages", hideDraft({ scope: room.id, target, reason: reason.trim(), hidden }, deps), true);
}

/**
 * Reports a message to the room's moderators with a reason (CH13), copied into the moderation log (MOD4).
 * @throws {ChatProblem} if the reason is empty, or the member may not write here.
 */
export function report(context: RoomContext, target: RecordId, reason: string): Promise<RecordId> {
  const room = roomIn(context.value);
  if (reason.trim() === "") throw new ChatProblem("no-reason", "Say why, for the members who will see it.");
  return writeOn(context, pageOf(context, target), "messages", reportDraft({ scope: room.id, target, reason: reason.trim() }, memberDeps(context, room)), true);
}

/**
 * Creates a room in `chapter` (CH2), written into the chapter's `threads` index; resolves with the
 * room (an invited room's content is then started by the messages service, CH12.2).
 * @throws {ChatProblem} if the member may not create it, or its name is not acceptable.
 */
export async function createRoom(
  space: MemberSpace,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  input: { readonly name: string; readonly access: RoomAccess; readonly members?: readonly MemberKey[] },
): Promise<Room> {
  const roster = organisation.view.get().roster;
  const me = space.member.key;
  const members = input.access === "invited" ? [...new Set([me, ...(input.members ?? [])])] : [];
  const deps = roomMemberDeps(roster, { chapter, access: input.access, members }, me);
  const document: DocumentUrl | undefined = roster.chapters.get(chapter)?.document;
  if (deps === undefined || document === undefined) throw new ChatProblem("not-member", "Only the chapter's members can create a room in it.");
  const record = await sign(space, threadDraft({ chapter, name: input.name.trim(), access: input.access, members }, deps));
  await space.documents.write(document, "threads", [record]);
  return roomOf(record)!;
}
