import { upcomingEvents, type ChapterEvent } from "@chapterhouse/crdt/events";
import { memberGrant } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import { navigate } from "../../shared/routing/navigate.js";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Dialog, DialogTrigger } from "../../shared/ui/Dialog.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { ItemList } from "../../shared/ui/ItemList.js";
import { Link } from "../../shared/ui/Link.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { downloadCalendar } from "./calendar-file.js";
import { createEvent } from "./event-actions.js";
import { EventForm } from "./EventForm.js";
import { MonthView } from "./MonthView.js";
import { eventPath } from "./paths.js";
import { useEvents } from "./use-events.js";
import { useEventTime } from "./use-event-time.js";
import "./events.css";

/**
 * A chapter's events tab (PROTOCOL.md EV4.3): the upcoming events of the chapter and of the
 * chapters within it, as a list or a month; the calendar feed of them all; and, for a member, a
 * new event. The chapter screen has opened the organisation.
 */
export function ChapterEvents({ organisation, chapter }: ChapterPlace) {
  const t = useT("events");
  const ids = useId();
  const { space } = useMemberSpace();
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useEvents(session, chapter as ChapterId);
  const [shape, setShape] = useState<"list" | "month">("list");
  const [now] = useState(() => Date.now());
  const when = useEventTime();
  const current = view?.roster.chapters.get(chapter as ChapterId);
  if (space === undefined || session === undefined || view === undefined || current === undefined)
    return null;
  const nameOf = (id: ChapterId) => view.roster.chapters.get(id)?.name ?? "";
  const hrefOf = (event: ChapterEvent) =>
    eventPath.href({ organisation, chapter: event.chapter, event: event.id });
  const upcoming = value === undefined ? [] : upcomingEvents(value.events, now);
  const refused = value === undefined ? 0 : [...value.refused.values()].reduce((sum, n) => sum + n, 0);
  const mayOrganise = memberGrant(view.roster, current.id, space.member.key) !== undefined;
  return (
    <section aria-labelledby={`${ids}-heading`} className="chapter-events">
      <h2 id={`${ids}-heading`}>{t("list.heading")}</h2>
      <p>{t("list.text", { chapter: current.name })}</p>
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {t("list.problem", { problem })}
        </p>
      )}
      {refused > 0 ? <p className="events-refused">{t("list.refused", { count: refused })}</p> : null}
      <RadioGroup
        label={t("view.label")}
        orientation="horizontal"
        value={shape}
        onChange={(next) => setShape(next === "month" ? "month" : "list")}
        options={[
          { id: "list", label: t("view.list") },
          { id: "month", label: t("view.month") },
        ]}
      />
      {value === undefined ? (
        <Skeleton lines={2} />
      ) : shape === "month" ? (
        <MonthView events={value.events} hrefOf={hrefOf} now={now} />
      ) : upcoming.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t("list.noneTitle")}
          description={t("list.noneText", { chapter: current.name })}
        />
      ) : (
        <ItemList label={t("list.label", { chapter: current.name })}>
          {upcoming.map((event) => (
            <li key={event.id} data-event={event.id} className="events-item">
              <Link href={hrefOf(event)} variant="standalone">
                {event.title}
              </Link>
              <span>{when(event).start}</span>
              {event.chapter === current.id ? null : (
                <span>{t("list.in", { chapter: nameOf(event.chapter) })}</span>
              )}
              {event.cancelled ? (
                <StatusPill tone="danger">{t("list.cancelled")}</StatusPill>
              ) : (
                <span>
                  {t("list.going", { count: event.going.length })}
                  {event.waiting.length > 0 ? ` · ${t("list.waiting", { count: event.waiting.length })}` : ""}
                </span>
              )}
            </li>
          ))}
        </ItemList>
      )}
      <div className="events-actions">
        {mayOrganise ? (
          <NewEvent
            chapter={current.id}
            chapterName={current.name}
            onCreate={async (fields) =>
              navigate(
                eventPath.href({
                  organisation,
                  chapter: fields.chapter,
                  event: await createEvent(space, session, fields),
                }),
              )
            }
          />
        ) : (
          <p>{t("new.membersOnly", { chapter: current.name })}</p>
        )}
        {value === undefined || value.events.length === 0 ? null : (
          <div>
            <Button
              onPress={() =>
                downloadCalendar(document, current.name, value.events, {
                  name: current.name,
                  host: t("form.host"),
                })
              }
            >
              {t("feed.button")}
            </Button>
            <p className="events-feed-text">{t("feed.text", { chapter: current.name })}</p>
          </div>
        )}
      </div>
    </section>
  );
}

/** The New event button and its dialog. */
function NewEvent({
  chapter,
  chapterName,
  onCreate,
}: {
  readonly chapter: ChapterId;
  readonly chapterName: string;
  readonly onCreate: Parameters<typeof EventForm>[0]["onSubmit"];
}) {
  const t = useT("events");
  const [open, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button variant="primary">{t("new.button")}</Button>
      <Dialog title={t("new.title", { chapter: chapterName })}>
        <EventForm
          chapter={chapter}
          submitLabel={t("new.submit")}
          onSubmit={onCreate}
          onCancel={() => setOpen(false)}
        />
      </Dialog>
    </DialogTrigger>
  );
}
