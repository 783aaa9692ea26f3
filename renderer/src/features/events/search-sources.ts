/**
 * What events give search (shared/routing/search-sources.ts): every event of every chapter of the
 * organisation whose Chapter document is on this device, by its title, description and address
 * (EV1), from the chapters' events the home reads too (`homeEvents`, HOME4) — a cancelled event
 * (EV2) is left out, and an invalid one is never in the read.
 */
import type { ChapterEvent } from "@chapterhouse/crdt/events";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { SearchItem, SearchSource } from "../../shared/routing/search-sources.js";
import type { EventsWorker } from "./events-query.js";
import { useEventsWorker } from "./events-worker.js";
import { eventPath } from "./paths.js";

/** The events of `events` not cancelled, as search items of the organisation `organisation` (its document id). Pure; never throws. */
export function eventSearchItems(events: readonly ChapterEvent[], organisation: string): SearchItem[] {
  return events
    .filter((event) => !event.cancelled)
    .map((event) => ({
      key: event.id,
      kind: "event",
      chapter: event.chapter,
      title: event.title,
      text: event.place.type === "address" ? `${event.description}\n${event.place.address}` : event.description,
      href: eventPath.href({ organisation, chapter: event.chapter, event: event.id }),
      at: event.updated,
    }));
}

/** The events of the chapters held, as search items. */
export async function readEventSearchItems(worker: Pick<EventsWorker, "homeEvents">, { organisation }: HomeReadContext): Promise<SearchItem[]> {
  const { events } = await worker.homeEvents({ organisation: organisation.url, chapters: organisation.chapters, of: [...organisation.roster.chapters.keys()] });
  return eventSearchItems(events, documentIdOf(organisation.url));
}

/** Events' search source, registered by src/app/features.ts. */
export const eventSearchSources: readonly SearchSource[] = [
  {
    id: "events",
    order: 30,
    kinds: ["event"],
    useReader() {
      const worker = useEventsWorker();
      return (context) => readEventSearchItems(worker, context);
    },
  },
];
