/**
 * The chat records to sign (PROTOCOL.md CH2–CH8), one builder per kind: each writes exactly the
 * members its kind lists. `deps` carry what the caller cites: the signer's grant in the room's
 * chapter (CH1.4), and a moderator's holding (CH8). A `thread` also cites its chapter (CH2.1);
 * the others name ids that may be derived (the general room's) or on other pages, so they are
 * not required in `deps` (CH1.2).
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type {
  HideBody,
  MessageBody,
  MessageDeleteBody,
  MessageEditBody,
  MessageLink,
  PinBody,
  ReactionBody,
  ReportBody,
  RoomAccess,
  ThreadBody,
  ThreadPageBody,
} from "./chat-bodies.js";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A `thread` (CH2): a new room; `members` sorted without repeats. Its id is the room's id. Never throws. */
export function threadDraft(
  fields: { readonly chapter: ChapterId; readonly name: string; readonly access: RoomAccess; readonly members?: Iterable<MemberKey> },
  deps?: Iterable<RecordId>,
): RecordDraft<"thread", BodyFields<ThreadBody>> {
  const members = [...new Set(fields.members ?? [])].sort(byText);
  return { kind: "thread", body: { chapter: fields.chapter, name: fields.name, access: fields.access, members }, deps: withNamed(deps, fields.chapter) };
}

/** A `thread-page` (CH3): page `n` of room `scope` started. Never throws. */
export function threadPageDraft(scope: RecordId, n: number, deps?: Iterable<RecordId>): RecordDraft<"thread-page", BodyFields<ThreadPageBody>> {
  return { kind: "thread-page", body: { scope, n }, deps: withNamed(deps) };
}

/** A `message` (CH4); `mentions` sorted without repeats, `links` without repeats. Never throws. */
export function messageDraft(
  fields: {
    readonly scope: RecordId;
    readonly text: string;
    readonly root?: RecordId | null;
    readonly quote?: RecordId | null;
    readonly mentions?: Iterable<MemberKey>;
    readonly links?: readonly MessageLink[];
  },
  deps?: Iterable<RecordId>,
): RecordDraft<"message", BodyFields<MessageBody>> {
  const mentions = [...new Set(fields.mentions ?? [])].sort(byText);
  const seen = new Set<string>();
  const links = (fields.links ?? []).filter((link) => !seen.has(`${link.kind} ${link.id}`) && seen.add(`${link.kind} ${link.id}`)).map(({ kind, id }) => ({ kind, id }));
  return { kind: "message", body: { scope: fields.scope, text: fields.text, root: fields.root ?? null, quote: fields.quote ?? null, mentions, links }, deps: withNamed(deps) };
}

/** A `message-edit` (CH5). Never throws. */
export function messageEditDraft(fields: { readonly scope: RecordId; readonly target: RecordId; readonly text: string }, deps?: Iterable<RecordId>): RecordDraft<"message-edit", BodyFields<MessageEditBody>> {
  return { kind: "message-edit", body: { scope: fields.scope, target: fields.target, text: fields.text }, deps: withNamed(deps) };
}

/** A `message-delete` (CH5). Never throws. */
export function messageDeleteDraft(fields: { readonly scope: RecordId; readonly target: RecordId }, deps?: Iterable<RecordId>): RecordDraft<"message-delete", BodyFields<MessageDeleteBody>> {
  return { kind: "message-delete", body: { scope: fields.scope, target: fields.target }, deps: withNamed(deps) };
}

/** A `reaction` (CH6). Never throws. */
export function reactionDraft(
  fields: { readonly scope: RecordId; readonly target: RecordId; readonly emoji: string; readonly on: boolean },
  deps?: Iterable<RecordId>,
): RecordDraft<"reaction", BodyFields<ReactionBody>> {
  return { kind: "reaction", body: { scope: fields.scope, target: fields.target, emoji: fields.emoji, on: fields.on }, deps: withNamed(deps) };
}

/** A `pin` (CH7) of a message held on page `page`. Never throws. */
export function pinDraft(
  fields: { readonly scope: RecordId; readonly target: RecordId; readonly page: number; readonly on: boolean },
  deps?: Iterable<RecordId>,
): RecordDraft<"pin", BodyFields<PinBody>> {
  return { kind: "pin", body: { scope: fields.scope, target: fields.target, page: fields.page, on: fields.on }, deps: withNamed(deps) };
}

/** A `hide` (CH8): a moderator hides an item with a reason, or (`hidden: false`) shows it again. Never throws. */
export function hideDraft(
  fields: { readonly scope: RecordId; readonly target: RecordId; readonly reason: string; readonly hidden: boolean },
  deps?: Iterable<RecordId>,
): RecordDraft<"hide", BodyFields<HideBody>> {
  return { kind: "hide", body: { scope: fields.scope, target: fields.target, reason: fields.reason, hidden: fields.hidden }, deps: withNamed(deps) };
}

/** A `report` (CH13): a member asks the moderators to look at an item, saying why. Never throws. */
export function reportDraft(fields: { readonly scope: RecordId; readonly target: RecordId; readonly reason: string }, deps?: Iterable<RecordId>): RecordDraft<"report", BodyFields<ReportBody>> {
  return { kind: "report", body: { scope: fields.scope, target: fields.target, reason: fields.reason }, deps: withNamed(deps) };
}
