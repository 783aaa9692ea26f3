/**
 * The bodies of the assembly kinds (PROTOCOL.md AS2–AS6) and their one validator. The convening
 * `assembly` record is a chapter's (its Chapter document's `events`); everything said in the
 * assembly names it by id (`assembly`) and lives in the assembly's own document (AS1), so a
 * record replayed from another assembly says so in its own signed bytes (AS3.1).
 * `parseAssemblyBody` never throws.
 */
import type { BodyParse } from "../kinds/define-kind.js";
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { Fraction } from "../tally/types.js";
import { booleanProblem } from "../membership/body-fields.js";
import { plainTextProblem } from "../chat/chat-bodies.js";
import { firstProblem, fractionProblem, idListProblem, idProblem, intProblem, is32Bytes, membersProblem, nullableIdProblem, oneOfProblem, type BodyObject } from "../proposals/field-checks.js";

/** Most chairs of one assembly (AS2). */
export const MAX_CHAIRS = 16;
/** Longest agenda item title (AS4.1). */
export const MAX_ITEM_TITLE_LENGTH = 200;
/** Longest time box, in minutes (AS4.1). */
export const MAX_ITEM_MINUTES = 1_440;
/** Most links of one agenda item (AS4.1). */
export const MAX_ITEM_LINKS = 16;
/** Largest `order` of an agenda item (AS4.1). */
export const MAX_ITEM_ORDER = 2 ** 31;
/** Longest speakers' queue a chair may set (AS6.2). */
export const MAX_QUEUE = 1_000;
/** Longest speech, in seconds (AS6.3). */
export const MAX_SPEECH_SECONDS = 86_400;

/** What a member asks the floor for (AS6.1): `order` is a point of order. */
export const SPEAKER_ROLES = Object.freeze(["contribution", "pro", "contra", "order"] as const);
/** One of SPEAKER_ROLES. */
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/** `assembly`: a chapter's event convened as an assembly (AS2); its id is the assembly's id. */
export interface AssemblyBody {
  readonly kind: "assembly";
  readonly chapter: ChapterId;
  readonly event: RecordId;
  /** Sorted ascending, the signer among them. */
  readonly chairs: readonly MemberKey[];
  readonly quorum: Fraction | null;
}
/** `agenda-item`: a new agenda item (`item` null) or a chair's edit of one (AS4.1). */
export interface AgendaItemBody {
  readonly kind: "agenda-item";
  readonly assembly: RecordId;
  readonly item: RecordId | null;
  readonly parent: RecordId | null;
  readonly order: number;
  readonly title: string;
  /** The time box in minutes; 0 for none. */
  readonly minutes: number;
  /** Proposals or votes this item takes up, sorted. */
  readonly links: readonly RecordId[];
  readonly removed: boolean;
}
/** `agenda-current`: the chair moves the current item (AS4.4). */
export interface AgendaCurrentBody {
  readonly kind: "agenda-current";
  readonly assembly: RecordId;
  readonly item: RecordId | null;
}
/** `check-in` and `check-out`: a member comes into the room or leaves it (AS5.1). */
export interface AttendanceBody {
  readonly kind: "check-in" | "check-out";
  readonly assembly: RecordId;
  readonly member: MemberKey;
}
/** `speaker`: a member asks for the floor on an item (AS6.1). */
export interface SpeakerBody {
  readonly kind: "speaker";
  readonly assembly: RecordId;
  readonly item: RecordId;
  readonly member: MemberKey;
  readonly as: SpeakerRole;
}
/** `speakers-order`: the chair's order of an item's speakers (AS6.2). */
export interface SpeakersOrderBody {
  readonly kind: "speakers-order";
  readonly assembly: RecordId;
  readonly item: RecordId;
  readonly queue: readonly RecordId[];
}
/** `speech`: a speaker has the floor (`seconds` null) or has finished (AS6.3). */
export interface SpeechBody {
  readonly kind: "speech";
  readonly assembly: RecordId;
  readonly request: RecordId;
  readonly seconds: number | null;
}
/** A record said in an assembly (AS3). */
export type InAssemblyBody = AgendaItemBody | AgendaCurrentBody | AttendanceBody | SpeakerBody | SpeakersOrderBody | SpeechBody;
/** Any assembly body. */
export type AssemblyRecordBody = AssemblyBody | InAssemblyBody;
/** An assembly kind. */
export type AssemblyKind = AssemblyRecordBody["kind"];

function queueProblem(value: CanonicalValue | undefined): string | undefined {
  if (!Array.isArray(value)) return "queue is not a list";
  const list = value as readonly CanonicalValue[];
  if (list.length > MAX_QUEUE) return `queue must hold 0 to ${MAX_QUEUE} entries`;
  if (!list.every((entry) => is32Bytes(entry))) return "queue holds something that is not a record id";
  return new Set(list).size === list.length ? undefined : "queue names a request twice";
}

function memberProblem(value: CanonicalValue | undefined): string | undefined {
  return is32Bytes(value) ? undefined : "member is not a member key";
}

/** The problem of `body` under the schema of `kind` (AS2–AS6), or undefined. Never throws. */
function bodyProblem(kind: AssemblyKind, body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  switch (kind) {
    case "assembly":
      return (
        membersProblem(body, ["chairs", "chapter", "event", "quorum"]) ??
        firstProblem(idProblem("chapter", b.chapter), idProblem("event", b.event), idListProblem("chairs", b.chairs, 1, MAX_CHAIRS), b.quorum === null ? undefined : fractionProblem("quorum", b.quorum))
      );
    case "agenda-item":
      return (
        membersProblem(body, ["assembly", "item", "links", "minutes", "order", "parent", "removed", "title"]) ??
        firstProblem(
          idProblem("assembly", b.assembly),
          nullableIdProblem("item", b.item),
          nullableIdProblem("parent", b.parent),
          intProblem("order", b.order, 0, MAX_ITEM_ORDER),
          plainTextProblem("title", b.title, MAX_ITEM_TITLE_LENGTH, false),
          intProblem("minutes", b.minutes, 0, MAX_ITEM_MINUTES),
          idListProblem("links", b.links, 0, MAX_ITEM_LINKS),
          booleanProblem("removed", b.removed),
        )
      );
    case "agenda-current":
      return membersProblem(body, ["assembly", "item"]) ?? firstProblem(idProblem("assembly", b.assembly), nullableIdProblem("item", b.item));
    case "check-in":
    case "check-out":
      return membersProblem(body, ["assembly", "member"]) ?? firstProblem(idProblem("assembly", b.assembly), memberProblem(b.member));
    case "speaker":
      return membersProblem(body, ["as", "assembly", "item", "member"]) ?? firstProblem(idProblem("assembly", b.assembly), idProblem("item", b.item), memberProblem(b.member), oneOfProblem("as", b.as, SPEAKER_ROLES));
    case "speakers-order":
      return membersProblem(body, ["assembly", "item", "queue"]) ?? firstProblem(idProblem("assembly", b.assembly), idProblem("item", b.item), queueProblem(b.queue));
    case "speech":
      return (
        membersProblem(body, ["assembly", "request", "seconds"]) ??
        firstProblem(idProblem("assembly", b.assembly), idProblem("request", b.request), b.seconds === null ? undefined : intProblem("seconds", b.seconds, 0, MAX_SPEECH_SECONDS))
      );
  }
}

/** Parses the body of an assembly record (AS2–AS6): the validator of each kind of assemblies/kinds.ts. Never throws. */
export function parseAssemblyBody<K extends AssemblyKind>(kind: K, body: CanonicalValue): BodyParse<Extract<AssemblyRecordBody, { readonly kind: K }>> {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as Extract<AssemblyRecordBody, { readonly kind: K }> };
}
