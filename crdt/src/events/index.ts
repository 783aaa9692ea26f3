/** Events (PROTOCOL.md EV): a chapter's events, their updates and answers, who goes and who waits, and their iCalendar export. */
export {
  MAX_ADDRESS_LENGTH,
  MAX_CAPACITY,
  MAX_EVENT_DESCRIPTION_LENGTH,
  MAX_EVENT_TIME,
  MAX_EVENT_TITLE_LENGTH,
  MAX_LINK_LENGTH,
  MAX_ZONE_LENGTH,
  RSVP_ANSWERS,
  parseEventBody,
  type EventBody,
  type EventFields,
  type EventKind,
  type EventPlace,
  type EventRecordBody,
  type EventRsvpBody,
  type EventUpdateBody,
  type RsvpAnswer,
} from "./event-bodies.js";
export { EVENT_SPECS } from "./kinds.js";
export { eventDraft, eventUpdateDraft, rsvpDraft } from "./event-records.js";
export { eventInputProblem, isKnownZone } from "./event-input-problem.js";
export { judgeEvents, type ChapterEvent, type EventAnswer, type EventsJudgement } from "./judge-events.js";
export { readChapterEvents, type EventsRead } from "./read-events.js";
export { upcomingEvents } from "./upcoming-events.js";
export { ICS_LINE_OCTETS, escapeIcsText, foldIcsLine } from "./ics-text.js";
export { ICS_PRODUCT, eventsCalendar, icsDateTime, type IcsWords } from "./event-ics.js";
