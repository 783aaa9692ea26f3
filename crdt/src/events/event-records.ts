/**
 * The event records to sign (PROTOCOL.md EV1–EV3), one builder per kind: each writes exactly the
 * members its kind lists. `deps` carry what the caller cites: the signer's grant (EV1.5, EV3.1);
 * an update and an answer also cite their event (EV2.1, EV3.1), so their causal past holds it.
 */
import type { RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { EventBody, EventFields, EventRsvpBody, EventUpdateBody, RsvpAnswer } from "./event-bodies.js";

/** The members of `fields` in the order EventFields lists them (the signer sorts them, R1.1). */
function fieldsOf(fields: EventFields): BodyFields<EventBody> {
  const { chapter, title, description, start, end, zone, place, capacity } = fields;
  return { chapter, title, description, start, end, zone, place, capacity };
}

/** An `event` (EV1): a new event of `fields.chapter`. Its id is the event's id. Never throws. */
export function eventDraft(fields: EventFields, deps?: Iterable<RecordId>): RecordDraft<"event", BodyFields<EventBody>> {
  return { kind: "event", body: fieldsOf(fields), deps: withNamed(deps) };
}

/** An `event-update` (EV2): the organiser's new version of `event`, or (`cancelled`) its cancellation. Never throws. */
export function eventUpdateDraft(event: RecordId, fields: EventFields, cancelled: boolean, deps?: Iterable<RecordId>): RecordDraft<"event-update", BodyFields<EventUpdateBody>> {
  return { kind: "event-update", body: { ...fieldsOf(fields), event, cancelled }, deps: withNamed(deps, event) };
}

/** An `event-rsvp` (EV3): the signer's answer to `event`. Never throws. */
export function rsvpDraft(event: RecordId, answer: RsvpAnswer, deps?: Iterable<RecordId>): RecordDraft<"event-rsvp", BodyFields<EventRsvpBody>> {
  return { kind: "event-rsvp", body: { event, answer }, deps: withNamed(deps, event) };
}
