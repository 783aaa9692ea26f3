/**
 * A chapter's event records judged (PROTOCOL.md EV1–EV4): each record's verdict, then each valid
 * event as the chapter shows it — its current version (EV2.2), every member's current answer
 * (EV3.2), and who goes and who waits when it is full (EV4). Events first, then the updates and
 * answers against the valid events. Never throws on record content.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseEventBody, type EventFields, type EventKind, type EventRecordBody, type RsvpAnswer } from "./event-bodies.js";
import { EVENT_SPECS } from "./kinds.js";

/** A member's current answer (EV3.2). */
export interface EventAnswer {
  readonly member: MemberKey;
  readonly answer: RsvpAnswer;
  /** Its claimed time (R6). */
  readonly at: number;
  readonly id: RecordId;
}

/** A valid event of a chapter as it stands now. */
export interface ChapterEvent extends EventFields {
  /** The `event` record's id. */
  readonly id: RecordId;
  /** Its signer, who alone may update or cancel it (EV2.1). */
  readonly organiser: MemberKey;
  /** When the event was created, and when its current version was signed (claimed times). */
  readonly created: number;
  readonly updated: number;
  /** How many valid updates it has had (an .ics SEQUENCE, EV6.2). */
  readonly updates: number;
  readonly cancelled: boolean;
  /** Every member's current answer, by member key. */
  readonly answers: readonly EventAnswer[];
  /** Those going within the capacity, in the order they answered (EV4). */
  readonly going: readonly MemberKey[];
  /** Those going past the capacity: the waiting list, in the order they answered (EV4). */
  readonly waiting: readonly MemberKey[];
  readonly maybe: readonly MemberKey[];
  readonly not: readonly MemberKey[];
}

/** The verdicts of a chapter's event records, and its valid events by start. */
export interface EventsJudgement {
  /** Every event record given, by id. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** The valid events, by start, then id. */
  readonly events: readonly ChapterEvent[];
}

const EVENT_KINDS: readonly string[] = EVENT_SPECS.map((spec) => spec.kind);
const RULE: Readonly<Record<EventKind, string>> = Object.freeze({ event: "EV1", "event-update": "EV2", "event-rsvp": "EV3" });
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Later claimed time first, then the larger id (EV2.2, EV3.2). */
const latest = (a: ParsedRecord, b: ParsedRecord): number => b.envelope.at - a.envelope.at || byText(b.id, a.id);

interface Judged {
  readonly record: ParsedRecord;
  readonly body: EventRecordBody;
}

/** EV1.1–EV1.5 and each kind's checks that need no other record: a body, or a verdict. */
function judgeAlone(record: ParsedRecord, chapter: ChapterId, rosters: CausalRosters): Judged | Verdict {
  const { kind, body: raw, signer, deps } = record.envelope;
  const parsed = parseEventBody(kind as EventKind, raw);
  const rule = RULE[kind as EventKind];
  if (!parsed.ok) return verdict("malformed", rule, parsed.problem);
  const body = parsed.body;
  if (body.kind !== "event-rsvp" && body.chapter !== chapter) return verdict("wrong-context", "EV1.5", `an event of chapter ${body.chapter}, not of ${chapter}`);
  if (body.kind !== "event" && !deps.includes(body.event)) return verdict("malformed", `${rule}.1`, `deps do not cite the event ${body.event}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "EV1.5", past);
  if (rosters.rosterAt(deps).authority.citedGrant(chapter, signer, deps) === undefined)
    return verdict("ineligible-signer", "EV1.5", `the signer cites no live membership of chapter ${chapter} or a chapter below it in its causal past`);
  return { record, body };
}

/** The event `creation` as it stands with its valid `updates` and `answers` (EV2.2, EV3.2, EV4). */
function eventOf(creation: Judged, updates: readonly Judged[], answers: readonly Judged[]): ChapterEvent {
  const current = [creation, ...updates].sort((a, b) => latest(a.record, b.record))[0]!;
  const { chapter, title, description, start, end, zone, place, capacity } = current.body as EventFields;
  const cancelled = current.body.kind === "event-update" && current.body.cancelled;
  const byMember = new Map<MemberKey, ParsedRecord>();
  for (const { record } of answers) {
    const held = byMember.get(record.envelope.signer);
    if (held === undefined || latest(record, held) < 0) byMember.set(record.envelope.signer, record);
  }
  const list: EventAnswer[] = [...byMember.values()]
    .map((record) => ({ member: record.envelope.signer, answer: (record.envelope.body as { answer: RsvpAnswer }).answer, at: record.envelope.at, id: record.id }))
    .sort((a, b) => a.at - b.at || byText(a.id, b.id));
  const keysOf = (answer: RsvpAnswer) => list.filter((entry) => entry.answer === answer).map((entry) => entry.member);
  const going = keysOf("going");
  const room = capacity ?? going.length;
  return {
    id: creation.record.id,
    organiser: creation.record.envelope.signer,
    created: creation.record.envelope.at,
    updated: current.record.envelope.at,
    updates: updates.length,
    cancelled,
    chapter,
    title,
    description,
    start,
    end,
    zone,
    place,
    capacity,
    answers: list,
    going: going.slice(0, room),
    waiting: going.slice(room),
    maybe: keysOf("maybe"),
    not: keysOf("not"),
  };
}

/**
 * Judges the event records among `records` (the other kinds are left out) as records of
 * `chapter`'s Chapter document, in the roster of each record's causal past (P1.3). Never throws on content.
 */
export function judgeEvents(chapter: ChapterId, records: readonly ParsedRecord[], rosters: CausalRosters): EventsJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const alone: Judged[] = [];
  for (const record of records) {
    if (!EVENT_KINDS.includes(record.envelope.kind)) continue;
    const judged = judgeAlone(record, chapter, rosters);
    if ("status" in judged) verdicts.set(record.id, judged);
    else alone.push(judged);
  }
  const creations = new Map<RecordId, Judged>();
  for (const judged of alone) {
    if (judged.body.kind !== "event") continue;
    creations.set(judged.record.id, judged);
    verdicts.set(judged.record.id, VALID);
  }
  const updates = new Map<RecordId, Judged[]>();
  const answers = new Map<RecordId, Judged[]>();
  for (const judged of alone) {
    const { body, record } = judged;
    if (body.kind === "event") continue;
    const creation = creations.get(body.event);
    const rule = RULE[body.kind];
    if (creation === undefined) {
      verdicts.set(record.id, verdict("wrong-context", `${rule}.1`, `no valid event ${body.event} in this chapter`));
      continue;
    }
    if (body.kind === "event-update" && record.envelope.signer !== creation.record.envelope.signer) {
      verdicts.set(record.id, verdict("ineligible-signer", "EV2.1", "only the event's organiser may update or cancel it"));
      continue;
    }
    const into = body.kind === "event-update" ? updates : answers;
    into.set(body.event, [...(into.get(body.event) ?? []), judged]);
    verdicts.set(record.id, VALID);
  }
  const events = [...creations.values()]
    .map((creation) => eventOf(creation, updates.get(creation.record.id) ?? [], answers.get(creation.record.id) ?? []))
    .sort((a, b) => a.start - b.start || byText(a.id, b.id));
  return { verdicts, events };
}
