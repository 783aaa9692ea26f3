/**
 * The bodies of the chat kinds (PROTOCOL.md CH1–CH8) and their one validator. Every body but a
 * room's own names its `scope`: the content id of the room (or, for the private layer, the
 * conversation) it was written for, so the same signed record replayed elsewhere is refused
 * (CH1.3). Bodies say nothing about where they are stored (CH9), so the private layer can carry the
 * same records as its plaintext. `parseChatBody` never throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { booleanProblem } from "../membership/body-fields.js";
import { firstProblem, idListProblem, idProblem, intProblem, membersProblem, nullableIdProblem, oneOfProblem, textProblem, type BodyObject } from "../proposals/field-checks.js";
import { MAX_SEQ } from "../proposals/proposal-bodies.js";

/** Longest message or edited text, in UTF-16 code units (CH4.1). */
export const MAX_MESSAGE_LENGTH = 4_000;
/** Longest room name (CH2.1). */
export const MAX_ROOM_NAME_LENGTH = 100;
/** Most members of a room open to invited members only (CH2.1), as for a private group (DESIGN §10). */
export const MAX_ROOM_MEMBERS = 50;
/** Most members one message mentions (CH4.3). */
export const MAX_MENTIONS = 50;
/** Most links to proposals and votes in one message (CH4.4). */
export const MAX_LINKS = 8;
/** Longest reaction, in UTF-16 code units: an emoji sequence (CH6). */
export const MAX_EMOJI_LENGTH = 32;
/** Longest reason a moderator gives for hiding (CH8), or a member for reporting (CH13). */
export const MAX_HIDE_REASON_LENGTH = 500;

/** Who may read and write in a room (CH2.2). */
export const ROOM_ACCESS = Object.freeze(["chapter", "subtree", "invited"] as const);
/** One of ROOM_ACCESS. */
export type RoomAccess = (typeof ROOM_ACCESS)[number];
/** What a message links to (CH4.4): a proposal (its id) or a vote (its `open` record's id). */
export const LINK_KINDS = Object.freeze(["proposal", "vote"] as const);

/** A link from a message to a proposal or a vote (CH4.4). */
export interface MessageLink {
  readonly kind: (typeof LINK_KINDS)[number];
  readonly id: RecordId;
}
/** `thread`: a room's creation record (CH2). Its id is the room's id. */
export interface ThreadBody {
  readonly kind: "thread";
  readonly chapter: ChapterId;
  readonly name: string;
  readonly access: RoomAccess;
  /** The invited members (sorted), for `invited`; empty otherwise. */
  readonly members: readonly MemberKey[];
}
/** `thread-page`: a room's page `n` started (CH3). */
export interface ThreadPageBody {
  readonly kind: "thread-page";
  readonly scope: RecordId;
  readonly n: number;
}
/** `message` (CH4). */
export interface MessageBody {
  readonly kind: "message";
  readonly scope: RecordId;
  readonly text: string;
  /** The first message of the thread this one replies in, or null for a message of the room. */
  readonly root: RecordId | null;
  /** A message this one quotes, or null. */
  readonly quote: RecordId | null;
  readonly mentions: readonly MemberKey[];
  readonly links: readonly MessageLink[];
}
/** `message-edit` (CH5): the target's new text. */
export interface MessageEditBody {
  readonly kind: "message-edit";
  readonly scope: RecordId;
  readonly target: RecordId;
  readonly text: string;
}
/** `message-delete` (CH5). */
export interface MessageDeleteBody {
  readonly kind: "message-delete";
  readonly scope: RecordId;
  readonly target: RecordId;
}
/** `reaction` (CH6): `on` adds the signer's reaction, `false` takes it back. */
export interface ReactionBody {
  readonly kind: "reaction";
  readonly scope: RecordId;
  readonly target: RecordId;
  readonly emoji: string;
  readonly on: boolean;
}
/** `pin` (CH7): `page` is the page holding the target, so the pinned list opens only that page. */
export interface PinBody {
  readonly kind: "pin";
  readonly scope: RecordId;
  readonly target: RecordId;
  readonly page: number;
  readonly on: boolean;
}
/** `hide` (CH8): a moderator hides (or, `hidden: false`, shows again) an item, with a reason. */
export interface HideBody {
  readonly kind: "hide";
  readonly scope: RecordId;
  readonly target: RecordId;
  readonly reason: string;
  readonly hidden: boolean;
}
/** `report` (CH13): a member asks the moderators to look at an item, saying why. */
export interface ReportBody {
  readonly kind: "report";
  readonly scope: RecordId;
  readonly target: RecordId;
  readonly reason: string;
}
/** Any chat body. */
export type ChatBody = ThreadBody | ThreadPageBody | MessageBody | MessageEditBody | MessageDeleteBody | ReactionBody | PinBody | HideBody | ReportBody;
/** A chat kind. */
export type ChatKind = ChatBody["kind"];
/** A chat body that names its scope: every one but `thread`. */
export type ScopedBody = Exclude<ChatBody, ThreadBody>;

/** True for a C0 or C1 control character or DEL. */
const isControl = (unit: number): boolean => unit < 0x20 || (unit >= 0x7f && unit <= 0x9f);

/** Problem if `value` is not a text of 1..max code units with no control character but line feeds (if `lines`) and no space at either end (CH2.1, CH8; the forum's names and titles, FO1.1). Never throws. */
export function plainTextProblem(name: string, value: CanonicalValue | undefined, max: number, lines: boolean): string | undefined {
  const length = textProblem(name, value, 1, max);
  if (length !== undefined) return length;
  const text = value as string;
  if (text.trim() !== text) return `${name} has a space at its start or end`;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isControl(unit) && !(lines && unit === 0x0a)) return `${name} holds a control character`;
  }
  return undefined;
}

function linksProblem(value: CanonicalValue | undefined): string | undefined {
  if (!Array.isArray(value)) return "links is not a list";
  const list = value as readonly CanonicalValue[];
  if (list.length > MAX_LINKS) return `links must hold 0 to ${MAX_LINKS} entries`;
  const seen = new Set<string>();
  for (const [i, link] of list.entries()) {
    const shape = membersProblem(link, ["id", "kind"]);
    if (shape !== undefined) return `links[${i}]: ${shape}`;
    const { kind, id } = link as BodyObject;
    const bad = oneOfProblem(`links[${i}].kind`, kind, LINK_KINDS) ?? idProblem(`links[${i}].id`, id);
    if (bad !== undefined) return bad;
    if (seen.has(`${kind as string} ${id as string}`)) return `links lists ${kind as string} ${id as string} twice`;
    seen.add(`${kind as string} ${id as string}`);
  }
  return undefined;
}

function threadProblem(body: BodyObject): string | undefined {
  const bad = firstProblem(
    idProblem("chapter", body.chapter),
    plainTextProblem("name", body.name, MAX_ROOM_NAME_LENGTH, false),
    oneOfProblem("access", body.access, ROOM_ACCESS),
    idListProblem("members", body.members, 0, MAX_ROOM_MEMBERS),
  );
  if (bad !== undefined) return bad;
  const invited = body.access === "invited";
  const count = (body.members as readonly string[]).length;
  if (invited && count === 0) return "members is empty: a room for invited members lists them";
  if (!invited && count > 0) return `members must be empty for a room open to ${body.access as string}`;
  return undefined;
}

/** The problem of `body` under the schema of `kind` (CH1.1), or undefined. Never throws. */
function bodyProblem(kind: ChatKind, body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  switch (kind) {
    case "thread":
      return membersProblem(body, ["access", "chapter", "members", "name"]) ?? threadProblem(b);
    case "thread-page":
      return membersProblem(body, ["n", "scope"]) ?? firstProblem(idProblem("scope", b.scope), intProblem("n", b.n, 1, MAX_SEQ));
    case "message":
      return (
        membersProblem(body, ["links", "mentions", "quote", "root", "scope", "text"]) ??
        firstProblem(
          idProblem("scope", b.scope),
          textProblem("text", b.text, 1, MAX_MESSAGE_LENGTH),
          nullableIdProblem("root", b.root),
          nullableIdProblem("quote", b.quote),
          idListProblem("mentions", b.mentions, 0, MAX_MENTIONS),
          linksProblem(b.links),
        )
      );
    case "message-edit":
      return (
        membersProblem(body, ["scope", "target", "text"]) ??
        firstProblem(idProblem("scope", b.scope), idProblem("target", b.target), textProblem("text", b.text, 1, MAX_MESSAGE_LENGTH))
      );
    case "message-delete":
      return membersProblem(body, ["scope", "target"]) ?? firstProblem(idProblem("scope", b.scope), idProblem("target", b.target));
    case "reaction":
      return (
        membersProblem(body, ["emoji", "on", "scope", "target"]) ??
        firstProblem(idProblem("scope", b.scope), idProblem("target", b.target), plainTextProblem("emoji", b.emoji, MAX_EMOJI_LENGTH, false), booleanProblem("on", b.on))
      );
    case "pin":
      return (
        membersProblem(body, ["on", "page", "scope", "target"]) ??
        firstProblem(idProblem("scope", b.scope), idProblem("target", b.target), intProblem("page", b.page, 0, MAX_SEQ), booleanProblem("on", b.on))
      );
    case "report":
      return (
        membersProblem(body, ["reason", "scope", "target"]) ??
        firstProblem(idProblem("scope", b.scope), idProblem("target", b.target), plainTextProblem("reason", b.reason, MAX_HIDE_REASON_LENGTH, true))
      );
    case "hide":
      return (
        membersProblem(body, ["hidden", "reason", "scope", "target"]) ??
        firstProblem(
          idProblem("scope", b.scope),
          idProblem("target", b.target),
          plainTextProblem("reason", b.reason, MAX_HIDE_REASON_LENGTH, true),
          booleanProblem("hidden", b.hidden),
        )
      );
  }
}

/** Parses the body of a chat record (CH1.1): the validator of each kind of chat/kinds.ts. Never throws. */
export function parseChatBody<K extends ChatKind>(kind: K, body: CanonicalValue): BodyParse<Extract<ChatBody, { readonly kind: K }>> {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as Extract<ChatBody, { readonly kind: K }> };
}
