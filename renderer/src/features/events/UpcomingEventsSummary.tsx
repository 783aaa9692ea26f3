import { upcomingEvents } from "@chapterhouse/crdt/events";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { Link } from "../../shared/ui/Link.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { SummaryList, SummaryMeta } from "../../shared/ui/SummaryList.js";
import { chapterSectionPath, useMemberSpace, useOrganisation } from "../organisation/index.js";
import { EVENTS_SECTION, eventPath } from "./paths.js";
import { useEvents } from "./use-events.js";
import { useEventTime } from "./use-event-time.js";

/** How many of the next events the home page lists. */
const NEXT = 5;

/** The chapter home page's next events, of the chapter and the chapters within it (EV4.3), each linking to it, and the way to them all. */
export function UpcomingEventsSummary({ organisation, chapter }: ChapterPlace) {
  const t = useT("events");
  const when = useEventTime();
  const { space } = useMemberSpace();
  const { session, view } = useOrganisation(space, organisation);
  const { value } = useEvents(session, chapter as ChapterId);
  const [now] = useState(() => Date.now());
  const all = (
    <Link href={chapterSectionPath.href({ organisation, chapter, section: EVENTS_SECTION })}>{t("homePage.toEvents")}</Link>
  );
  return (
    <SummaryList
      title={t("list.heading")}
      items={
        value === undefined
          ? undefined
          : upcomingEvents(value.events, now)
              .slice(0, NEXT)
              .map((event) => ({
                key: event.id,
                content: (
                  <>
                    <Link href={eventPath.href({ organisation, chapter: event.chapter, event: event.id })}>{event.title}</Link>{" "}
                    {event.cancelled ? <StatusPill tone="danger">{t("list.cancelled")}</StatusPill> : null}{" "}
                    <SummaryMeta>
                      {when(event).start}
                      {event.chapter === chapter
                        ? ""
                        : ` · ${t("list.in", { chapter: view?.roster.chapters.get(event.chapter)?.name ?? "" })}`}
                    </SummaryMeta>
                  </>
                ),
              }))
      }
      empty={
        <>
          {t("homePage.none")} {all}
        </>
      }
      more={all}
    />
  );
}
