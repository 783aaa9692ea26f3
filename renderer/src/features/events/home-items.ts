/**
 * What events add to the home (shared/routing/home-items.ts): the upcoming events of every chapter
 * the member belongs to (PROTOCOL.md EV4.3), soonest first, read in the worker's background lane
 * (`homeEvents`, HOME4).
 */
import { upcomingEvents } from "@chapterhouse/crdt/events";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeItemsProvider } from "../../shared/routing/home-items.js";
import { useEventsWorker } from "./events-worker.js";
import { eventPath } from "./paths.js";

/** Events' provider, registered by src/app/features.ts. */
export const eventHomeItems: readonly HomeItemsProvider[] = [
  {
    id: "events",
    order: 20,
    sort: "soonest",
    useReader() {
      const worker = useEventsWorker();
      return async ({ organisation, mine, now }) => {
        const { events } = await worker.homeEvents({
          organisation: organisation.url,
          chapters: organisation.chapters,
          of: mine,
        });
        const id = documentIdOf(organisation.url);
        return upcomingEvents(events, now)
          .filter((event) => !event.cancelled)
          .map((event) => ({
            key: event.id,
            chapter: event.chapter,
            title: event.title,
            href: eventPath.href({ organisation: id, chapter: event.chapter, event: event.id }),
            at: event.start,
          }));
      };
    },
  },
];
