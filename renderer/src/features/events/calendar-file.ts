/**
 * An event's .ics file and a chapter's feed (PROTOCOL.md EV6), saved as files: crdt writes the
 * calendar, this names the file and hands it to the browser.
 */
import { eventsCalendar, type ChapterEvent, type IcsWords } from "@chapterhouse/crdt/events";
import { downloadText, fileSlug } from "../votes/index.js";

/** Starts the download of `events` as a calendar named `words.name`, in a file named after `title`. */
export function downloadCalendar(
  document: Document,
  title: string,
  events: readonly ChapterEvent[],
  words: IcsWords,
): void {
  downloadText(document, `${fileSlug(title, "events")}.ics`, eventsCalendar(events, words), "text/calendar");
}
