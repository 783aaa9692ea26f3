/**
 * What events tell the member of (shared/routing/notification-sources.ts, kind `event`, turned off
 * in settings like every kind): new events in their chapters and reminders of those they go to,
 * read in the worker's background lane (`homeEvents`, HOME4).
 */
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { NotificationSource } from "../../shared/routing/notification-sources.js";
import { eventNotices } from "./event-notices.js";
import { useEventsWorker } from "./events-worker.js";
import { eventPath } from "./paths.js";

/** Events' notification source, registered by src/app/features.ts. */
export const eventNotificationSources: readonly NotificationSource[] = [
  {
    id: "events",
    order: 40,
    kinds: ["event"],
    useReader() {
      const worker = useEventsWorker();
      const t = useT("events");
      const format = useFormat();
      return async ({ organisation, mine, member, since, now }) => {
        const { events } = await worker.homeEvents({
          organisation: organisation.url,
          chapters: organisation.chapters,
          of: mine,
        });
        const id = documentIdOf(organisation.url);
        return eventNotices(events, member, since, now).map(({ key, reason, event, at }) => ({
          key,
          kind: "event",
          chapter: event.chapter,
          title:
            reason === "new"
              ? t("notice.new", { title: event.title })
              : t("notice.reminder", { title: event.title, when: format.relative(event.start, now) }),
          href: eventPath.href({ organisation: id, chapter: event.chapter, event: event.id }),
          at,
          by: event.organiser,
        }));
      };
    },
  },
];
