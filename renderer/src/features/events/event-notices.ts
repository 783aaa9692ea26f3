/**
 * What events tell the member (shared/routing/notification-sources.ts, kind `event`): a new event
 * in their chapters since this device first saw the organisation, and a reminder of an event they
 * answered going or maybe to, from a day before it starts until it starts. Pure: the worker's
 * answer in, the notifications out.
 */
import type { ChapterEvent } from "@chapterhouse/crdt/events";
import type { MemberKey } from "@chapterhouse/crdt/records";

/** How long before an event its reminder comes. */
export const REMINDER_BEFORE_MS = 24 * 3_600_000;

/** One notice of an event: new, or a reminder. */
export interface EventNotice {
  readonly key: string;
  readonly reason: "new" | "reminder";
  readonly event: ChapterEvent;
  /** When it happened: the event's creation, or a day before its start. */
  readonly at: number;
}

/** The notices of `events` for `member` at `now`, counting what happened at or after `since`. Never throws. */
export function eventNotices(
  events: readonly ChapterEvent[],
  member: MemberKey,
  since: number,
  now: number,
): EventNotice[] {
  const out: EventNotice[] = [];
  for (const event of events) {
    if (event.created >= since) out.push({ key: event.id, reason: "new", event, at: event.created });
    const answer = event.answers.find((entry) => entry.member === member)?.answer;
    const remindAt = event.start - REMINDER_BEFORE_MS;
    if (
      !event.cancelled &&
      (answer === "going" || answer === "maybe") &&
      now >= remindAt &&
      now < event.start
    )
      out.push({ key: `reminder ${event.id}`, reason: "reminder", event, at: Math.max(remindAt, since) });
  }
  return out;
}
