/**
 * The bodies of the event kinds (PROTOCOL.md EV1–EV4) and their one validator. An event is a
 * chapter's (its Chapter document's `events` map holds it, its edits and its answers); its times
 * are instants (ms since the epoch, UTC) with the IANA zone the organiser set them in, so every
 * device shows the same moment in the viewer's zone and in the event's. `parseEventBody` never throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { booleanProblem } from "../membership/body-fields.js";
import type { Place } from "../membership/bodies.js";
import { firstProblem, idProblem, intProblem, membersProblem, textProblem, type BodyObject } from "../proposals/field-checks.js";
import { plainTextProblem } from "../chat/chat-bodies.js";

/** Longest title (EV1.1). */
export const MAX_EVENT_TITLE_LENGTH = 200;
/** Longest description (EV1.1). */
export const MAX_EVENT_DESCRIPTION_LENGTH = 10_000;
/** Longest address (EV1.2). */
export const MAX_ADDRESS_LENGTH = 500;
/** Longest link of an online event (EV1.2). */
export const MAX_LINK_LENGTH = 2_048;
/** Longest time zone name (EV1.3). */
export const MAX_ZONE_LENGTH = 64;
/** Largest capacity (EV1.4). */
export const MAX_CAPACITY = 1_000_000;
/** Latest instant an event may start or end: 9999-12-31T23:59:59.999Z, so every calendar can write it (EV1.3). */
export const MAX_EVENT_TIME = 253_402_300_799_999;

/** What a member answers to an event (EV3). */
export const RSVP_ANSWERS = Object.freeze(["going", "maybe", "not"] as const);
/** One of RSVP_ANSWERS. */
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/** Where an event takes place (EV1.2). */
export type EventPlace =
  | { readonly type: "address"; readonly address: string; readonly point: Place | null }
  | { readonly type: "online"; readonly link: string }
  | { readonly type: "host" };

/** What an event says: the same members in an `event` and in each `event-update`. */
export interface EventFields {
  readonly chapter: ChapterId;
  readonly title: string;
  readonly description: string;
  /** Instants, ms since the epoch (UTC); `end` after `start`. */
  readonly start: number;
  readonly end: number;
  /** The IANA time zone the organiser set the times in, e.g. `Europe/Madrid`. */
  readonly zone: string;
  readonly place: EventPlace;
  /** How many may go; null for no limit. */
  readonly capacity: number | null;
}

/** `event`: a chapter's event (EV1); its id is the event's id and its signer the organiser. */
export interface EventBody extends EventFields {
  readonly kind: "event";
}
/** `event-update`: the organiser's new version of their event, or its cancellation (EV2). */
export interface EventUpdateBody extends EventFields {
  readonly kind: "event-update";
  readonly event: RecordId;
  readonly cancelled: boolean;
}
/** `event-rsvp`: a member's answer to an event (EV3). */
export interface EventRsvpBody {
  readonly kind: "event-rsvp";
  readonly event: RecordId;
  readonly answer: RsvpAnswer;
}
/** Any event body. */
export type EventRecordBody = EventBody | EventUpdateBody | EventRsvpBody;
/** An event kind. */
export type EventKind = EventRecordBody["kind"];

/** The members of EventFields, sorted. */
const FIELD_NAMES = ["capacity", "chapter", "description", "end", "place", "start", "title", "zone"] as const;

/** An IANA zone name's shape (EV1.3): `Area/Location` parts of letters, digits, `_`, `+`, `-`, or `UTC`. */
const ZONE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** A link of an online event: http or https, no white space (EV1.2). */
const LINK = /^https?:\/\/[^\s]+$/;

function pointProblem(value: CanonicalValue | undefined): string | undefined {
  if (value === null) return undefined;
  return (
    membersProblem(value ?? null, ["lat", "lon"]) ??
    firstProblem(intProblem("place.point.lat", (value as BodyObject).lat, -90_000_000, 90_000_000), intProblem("place.point.lon", (value as BodyObject).lon, -180_000_000, 180_000_000))
  );
}

function placeProblem(value: CanonicalValue | undefined): string | undefined {
  const type = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as BodyObject).type : undefined;
  const place = (value ?? null) as BodyObject;
  switch (type) {
    case "address": {
      const shape = membersProblem(place, ["address", "point", "type"]);
      return shape === undefined ? firstProblem(plainTextProblem("place.address", place.address, MAX_ADDRESS_LENGTH, true), pointProblem(place.point)) : `place: ${shape}`;
    }
    case "online": {
      const shape = membersProblem(place, ["link", "type"]);
      if (shape !== undefined) return `place: ${shape}`;
      return textProblem("place.link", place.link, 1, MAX_LINK_LENGTH) ?? (LINK.test(place.link as string) ? undefined : "place.link is not an http or https address");
    }
    case "host":
      return membersProblem(place, ["type"]) === undefined ? undefined : "place: a meeting host's place has no other member";
    default:
      return "place.type is not one of address, online, host";
  }
}

/** The problem of an EventFields' members (EV1.1–EV1.4), or undefined. */
function fieldsProblem(b: BodyObject): string | undefined {
  const bad = firstProblem(
    idProblem("chapter", b.chapter),
    plainTextProblem("title", b.title, MAX_EVENT_TITLE_LENGTH, false),
    textProblem("description", b.description, 0, MAX_EVENT_DESCRIPTION_LENGTH),
    intProblem("start", b.start, 0, MAX_EVENT_TIME),
    intProblem("end", b.end, 0, MAX_EVENT_TIME),
    typeof b.zone === "string" && b.zone.length <= MAX_ZONE_LENGTH && ZONE.test(b.zone) ? undefined : "zone is not a time zone name",
    placeProblem(b.place),
    b.capacity === null ? undefined : intProblem("capacity", b.capacity, 1, MAX_CAPACITY),
  );
  if (bad !== undefined) return bad;
  return (b.end as number) > (b.start as number) ? undefined : "end must be after start";
}

/** The problem of `body` under the schema of `kind` (EV1–EV3), or undefined. Never throws. */
function bodyProblem(kind: EventKind, body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  switch (kind) {
    case "event":
      return membersProblem(body, FIELD_NAMES) ?? fieldsProblem(b);
    case "event-update":
      return membersProblem(body, [...FIELD_NAMES, "cancelled", "event"].sort()) ?? firstProblem(idProblem("event", b.event), booleanProblem("cancelled", b.cancelled), fieldsProblem(b));
    case "event-rsvp":
      return (
        membersProblem(body, ["answer", "event"]) ??
        firstProblem(idProblem("event", b.event), typeof b.answer === "string" && (RSVP_ANSWERS as readonly string[]).includes(b.answer) ? undefined : `answer is not one of ${RSVP_ANSWERS.join(", ")}`)
      );
  }
}

/** Parses the body of an event record (EV1–EV3): the validator of each kind of events/kinds.ts. Never throws. */
export function parseEventBody<K extends EventKind>(kind: K, body: CanonicalValue): BodyParse<Extract<EventRecordBody, { readonly kind: K }>> {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as Extract<EventRecordBody, { readonly kind: K }> };
}
