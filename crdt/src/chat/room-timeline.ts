/**
 * What a room's page shows (PROTOCOL.md CH4–CH8, CH10), read from its judged records: its
 * messages in display order with their current text, edit history, deletion, reactions tallied,
 * replies and hide; the pages the room has started and its pins. Whatever an edit, deletion or
 * hide says, every record stays (CH5.2, CH8.2): nothing here drops a message. Pure; never throws.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import type { HideBody, MessageLink, PinBody, ReactionBody } from "./chat-bodies.js";
import type { ChatRecord, RoomJudgement } from "./judge-room.js";

/** An earlier or later text of a message (CH5.2). */
export interface MessageText {
  /** The `message` or `message-edit` record that said it. */
  readonly id: RecordId;
  readonly at: number;
  readonly text: string;
}
/** One reaction and who gave it (CH6.2). */
export interface ReactionTally {
  readonly emoji: string;
  /** Sorted. */
  readonly members: readonly MemberKey[];
}
/** A hide in force (CH8.2): shown with its reason, the item shown on request. */
export interface HideNote {
  readonly id: RecordId;
  readonly by: MemberKey;
  readonly at: number;
  readonly reason: string;
}
/** A message as the room shows it. */
export interface ChatMessage {
  readonly id: RecordId;
  readonly author: MemberKey;
  readonly at: number;
  /** The latest text (CH5.2); what the message said first is `history[0]`. */
  readonly text: string;
  /** Every text it had, oldest first: the message's own, then each edit. */
  readonly history: readonly MessageText[];
  readonly edited: boolean;
  /** The sender deleted it (CH5.3): shown as deleted, its history kept. */
  readonly deleted: boolean;
  readonly root: RecordId | null;
  readonly quote: RecordId | null;
  readonly mentions: readonly MemberKey[];
  readonly links: readonly MessageLink[];
  /** By emoji, sorted; only emojis someone still gives. */
  readonly reactions: readonly ReactionTally[];
  readonly hidden: HideNote | null;
  /** Valid replies in its thread on this page (CH4.2); 0 for a reply. */
  readonly replies: number;
}
/** A pinned message (CH7.2). */
export interface PinnedMessage {
  readonly target: RecordId;
  /** The page holding it (CH9.1). */
  readonly page: number;
  readonly by: MemberKey;
  readonly at: number;
}
/** What a room's page shows. */
export interface RoomTimeline {
  /** The messages of the room (not replies), in display order (CH10.1). */
  readonly messages: readonly ChatMessage[];
  /** The replies of each thread, in display order, by its first message. */
  readonly threads: ReadonlyMap<RecordId, readonly ChatMessage[]>;
  /** The largest page started (CH3.2): 0 when none was. */
  readonly lastPage: number;
  /** Pinned messages, most recently pinned first. */
  readonly pins: readonly PinnedMessage[];
}

/** Display order (CH10.1): by claimed time, then by id; `at` orders the display only (R6). */
const byTime = (a: ChatRecord, b: ChatRecord): number => a.record.envelope.at - b.record.envelope.at || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);

/** Of several records settling one thing, the one that counts (CH10.2): the latest by claimed time, ties by the larger id. */
function latest<R extends ChatRecord>(list: readonly R[]): R | undefined {
  return list.reduce<R | undefined>((best, entry) => (best === undefined || byTime(best, entry) < 0 ? entry : best), undefined);
}

/** Groups `entries` by `key`. */
function groupBy<R>(entries: readonly R[], key: (entry: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const entry of entries) {
    const k = key(entry);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [entry]);
    else list.push(entry);
  }
  return groups;
}

/** The room's page as shown, from its judgement (CH10). Never throws. */
export function roomTimeline(judgement: RoomJudgement): RoomTimeline {
  const of = <K extends ChatRecord["body"]["kind"]>(kind: K) =>
    judgement.valid.filter((entry): entry is ChatRecord<Extract<ChatRecord["body"], { readonly kind: K }>> => entry.body.kind === kind);
  const edits = groupBy([...of("message-edit")].sort(byTime), (entry) => entry.body.target);
  const deletes = new Set(of("message-delete").map((entry) => entry.body.target));
  const reactions = groupBy(of("reaction"), (entry) => entry.body.target);
  const hides = groupBy(of("hide"), (entry) => entry.body.target);
  const messages = [...of("message")].sort(byTime);
  const replyCount = groupBy(messages.filter((entry) => entry.body.root !== null), (entry) => entry.body.root!);

  const show = (entry: ChatRecord<Extract<ChatRecord["body"], { readonly kind: "message" }>>): ChatMessage => {
    const { record, body } = entry;
    const history: MessageText[] = [{ id: record.id, at: record.envelope.at, text: body.text }, ...(edits.get(record.id) ?? []).map((edit) => ({ id: edit.record.id, at: edit.record.envelope.at, text: edit.body.text }))];
    return {
      id: record.id,
      author: record.envelope.signer,
      at: record.envelope.at,
      text: history[history.length - 1]!.text,
      history,
      edited: history.length > 1,
      deleted: deletes.has(record.id),
      root: body.root,
      quote: body.quote,
      mentions: body.mentions,
      links: body.links,
      reactions: tally(reactions.get(record.id) ?? []),
      hidden: hideNote(hides.get(record.id) ?? []),
      replies: replyCount.get(record.id)?.length ?? 0,
    };
  };
  const shown = messages.map(show);
  const threads = new Map<RecordId, ChatMessage[]>();
  for (const message of shown) {
    if (message.root === null) continue;
    const list = threads.get(message.root);
    if (list === undefined) threads.set(message.root, [message]);
    else list.push(message);
  }
  return {
    messages: shown.filter((message) => message.root === null),
    threads,
    lastPage: Math.max(0, ...of("thread-page").map((entry) => entry.body.n)),
    pins: pinned(of("pin")),
  };
}

/** Reactions tallied (CH6.2): each member's latest reaction per emoji counts. */
function tally(entries: readonly ChatRecord<ReactionBody>[]): ReactionTally[] {
  const byEmoji = new Map<string, MemberKey[]>();
  for (const list of groupBy(entries, (entry) => `${entry.record.envelope.signer} ${entry.body.emoji}`).values()) {
    const last = latest(list)!;
    if (!last.body.on) continue;
    const members = byEmoji.get(last.body.emoji) ?? [];
    members.push(last.record.envelope.signer);
    byEmoji.set(last.body.emoji, members);
  }
  return [...byEmoji].map(([emoji, members]) => ({ emoji, members: members.sort() })).sort((a, b) => (a.emoji < b.emoji ? -1 : a.emoji > b.emoji ? 1 : 0));
}

/** The hide in force (CH8.2): the latest hide or show of the item. */
function hideNote(entries: readonly ChatRecord<HideBody>[]): HideNote | null {
  const last = latest(entries);
  if (last === undefined || !last.body.hidden) return null;
  return { id: last.record.id, by: last.record.envelope.signer, at: last.record.envelope.at, reason: last.body.reason };
}

/** The pins in force (CH7.2): per message, the latest pin or unpin. */
function pinned(entries: readonly ChatRecord<PinBody>[]): PinnedMessage[] {
  const on = [...groupBy(entries, (entry) => entry.body.target).values()].map((list) => latest(list)!).filter((entry) => entry.body.on);
  return on.sort((a, b) => byTime(b, a)).map((entry) => ({ target: entry.body.target, page: entry.body.page, by: entry.record.envelope.signer, at: entry.record.envelope.at }));
}
