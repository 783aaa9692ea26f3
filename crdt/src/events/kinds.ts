/**
 * The event kinds (PROTOCOL.md EV1–EV3), declared once. A chapter's events live in its Chapter
 * document's `events` map: each event's creation record, the organiser's updates and the members'
 * answers, so reading a chapter's events reads one document. Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind } from "../kinds/define-kind.js";
import { parseEventBody, type EventKind } from "./event-bodies.js";

/** An event kind held in a Chapter document's `events`. */
function eventKind<const K extends EventKind>(kind: K, rule: string) {
  return defineKind({ kind, document: "chapter", map: "events", parseBody: (body: CanonicalValue) => parseEventBody(kind, body), signedBy: "member", signable: true, rule });
}

/** The kinds of events. */
export const EVENT_SPECS = Object.freeze([eventKind("event", "EV1"), eventKind("event-update", "EV2"), eventKind("event-rsvp", "EV3")] as const);
