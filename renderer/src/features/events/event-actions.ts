/**
 * What a member does with events (PROTOCOL.md EV1–EV3): organise one, update or cancel their own,
 * answer going / maybe / not. Each cites the member's grant in the chapter or below (EV1.5), signs
 * through the vault and writes the record into the chapter's Chapter document, map `events`.
 * Each throws an EventProblem the member can act on.
 */
import {
  eventDraft,
  eventUpdateDraft,
  parseEventBody,
  rsvpDraft,
  type ChapterEvent,
  type EventFields,
  type EventKind,
  type RsvpAnswer,
} from "@chapterhouse/crdt/events";
import type { RecordDraft } from "@chapterhouse/crdt/kinds";
import { memberGrant } from "@chapterhouse/crdt/membership";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { EventProblem } from "./event-problem.js";

/** Signs `draft` as the member of `chapter` and writes it into the chapter's `events`. */
async function write(
  space: MemberSpace,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  draft: (grant: RecordId) => RecordDraft<EventKind>,
): Promise<RecordId> {
  const roster = organisation.view.get().roster;
  const grant = memberGrant(roster, chapter, space.member.key);
  const document = roster.chapters.get(chapter)?.document;
  if (grant === undefined || document === undefined)
    throw new EventProblem("not-member", "Only the chapter's members (and its sub-chapters') can do this.");
  const signed = draft(grant);
  const parsed = parseEventBody(signed.kind, signed.body);
  if (!parsed.ok)
    throw new EventProblem("not-signable", `This cannot be signed: ${parsed.problem}.`, {
      detail: parsed.problem,
    });
  const record = await space.signDraft(signed);
  await space.documents.write(document, "events", [record]);
  return record.id;
}

/** Organises an event of `fields.chapter` (EV1); resolves with its id. @throws {EventProblem} if the member may not. */
export function createEvent(
  space: MemberSpace,
  organisation: OpenOrganisation,
  fields: EventFields,
): Promise<RecordId> {
  return write(space, organisation, fields.chapter, (grant) => eventDraft(fields, [grant]));
}

/** Updates, or (`cancelled`) cancels, the member's own event (EV2). @throws {EventProblem} if they are not its organiser. */
export function updateEvent(
  space: MemberSpace,
  organisation: OpenOrganisation,
  event: ChapterEvent,
  fields: EventFields,
  cancelled: boolean,
): Promise<RecordId> {
  if (event.organiser !== space.member.key)
    throw new EventProblem("not-organiser", "Only the event's organiser can change or cancel it.");
  return write(space, organisation, event.chapter, (grant) =>
    eventUpdateDraft(event.id, fields, cancelled, [grant]),
  );
}

/** Answers an event (EV3): the latest answer counts. @throws {EventProblem} if the member is not in its chapter or below. */
export function answerEvent(
  space: MemberSpace,
  organisation: OpenOrganisation,
  event: ChapterEvent,
  answer: RsvpAnswer,
): Promise<RecordId> {
  return write(space, organisation, event.chapter, (grant) => rsvpDraft(event.id, answer, [grant]));
}
