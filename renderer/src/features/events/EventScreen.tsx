import {
  RSVP_ANSWERS,
  type ChapterEvent,
  type EventFields,
  type RsvpAnswer,
} from "@chapterhouse/crdt/events";
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { ConfirmDialog } from "../../shared/ui/ConfirmDialog.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Dialog, DialogTrigger } from "../../shared/ui/Dialog.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import {
  chapterSectionPath,
  organisationPending,
  RequireUnlocked,
  useOrganisation,
  type MemberSpace,
  type OpenOrganisation,
} from "../organisation/index.js";
import { EventAssemblies } from "../assemblies/index.js";
import { MemberName } from "../profiles/index.js";
import { downloadCalendar } from "./calendar-file.js";
import { answerEvent, updateEvent } from "./event-actions.js";
import { EventForm } from "./EventForm.js";
import { EVENTS_SECTION } from "./paths.js";
import { useEventProblem } from "./use-event-problem.js";
import { useEvents } from "./use-events.js";
import { useEventTime } from "./use-event-time.js";
import "./events.css";

/** The route's event. */
export interface EventRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly event: string;
}

/** One event (PROTOCOL.md EV): when (on the viewer's clock and the event's), where, who is coming, the member's answer, its .ics file, and for its organiser changing or cancelling it. */
export function EventScreen(route: EventRoute) {
  const t = useT("events");
  return (
    <RequireUnlocked title={t("chapterSection")}>
      {(space) => <EventOpen space={space} {...route} />}
    </RequireUnlocked>
  );
}

function EventOpen({
  space,
  organisation,
  chapter,
  event: id,
}: EventRoute & { readonly space: MemberSpace }) {
  const t = useT("events");
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useEvents(session, chapter as ChapterId);
  const pending = organisationPending(view);
  const chapterName = view?.roster.chapters.get(chapter as ChapterId)?.name ?? "";
  const back = (
    <Link
      href={chapterSectionPath.href({ organisation, chapter, section: EVENTS_SECTION })}
      variant="standalone"
    >
      {t("event.back", { chapter: chapterName })}
    </Link>
  );
  const event = value?.events.find((entry) => entry.id === id && entry.chapter === chapter);
  if (pending !== undefined || session === undefined || value === undefined || event === undefined) {
    return (
      <div className="event-screen">
        <PageHeading>{t("chapterSection")}</PageHeading>
        <p aria-busy={value === undefined}>{pending ?? (value === undefined ? null : t("event.notFound"))}</p>
        {problem === undefined ? null : <Problem>{t("list.problem", { problem })}</Problem>}
        {back}
      </div>
    );
  }
  const refused = value.refused.get(event.chapter) ?? 0;
  return (
    <div className="event-screen">
      <PageHeading focusKey={event.id}>{event.title}</PageHeading>
      {event.cancelled ? <StatusPill tone="danger">{t("event.cancelled")}</StatusPill> : null}
      <EventFacts event={event} />
      {event.description === "" ? null : <p className="event-description">{event.description}</p>}
      {refused > 0 ? <p className="events-refused">{t("list.refused", { count: refused })}</p> : null}
      <Answers space={space} session={session} event={event} />
      <EventAssemblies
        space={space}
        session={session}
        organisation={organisation}
        chapter={event.chapter}
        event={event.id}
        organiser={event.organiser === space.member.key}
        assemblies={value.assemblies}
      />
      <div className="events-actions">
        <Button
          onPress={() =>
            downloadCalendar(document, event.title, [event], { name: event.title, host: t("form.host") })
          }
        >
          {t("event.export")}
        </Button>
        {event.organiser === space.member.key ? (
          <OrganiserActions space={space} session={session} event={event} />
        ) : null}
      </div>
      {back}
    </div>
  );
}

/** When, where, who organises, how many places. */
function EventFacts({ event }: { readonly event: ChapterEvent }) {
  const t = useT("events");
  const format = useFormat();
  const when = useEventTime()(event);
  const { place } = event;
  const where =
    place.type === "host" ? (
      t("event.host")
    ) : place.type === "online" ? (
      <Link href={place.link} target="_blank" rel="noreferrer">
        {t("event.online", { link: place.link })}
      </Link>
    ) : (
      <>
        <span className="event-address">{place.address}</span>
        {place.point === null ? null : (
          <span>
            {" "}
            ·{" "}
            {t("event.point", {
              lat: format.number(place.point.lat / 1_000_000, 6),
              lon: format.number(place.point.lon / 1_000_000, 6),
            })}
          </span>
        )}
      </>
    );
  return (
    <DataList
      items={[
        {
          id: "when",
          term: t("event.when"),
          details: (
            <>
              {when.start} – {when.end}
              {when.theirs === undefined ? null : (
                <span className="event-their-time"> ({t("event.theirTime", { time: when.theirs })})</span>
              )}
            </>
          ),
        },
        { id: "where", term: t("event.where"), details: where },
        { id: "organiser", term: t("event.organiser"), details: <MemberName member={event.organiser} /> },
        {
          id: "places",
          term: t("event.places"),
          details:
            event.capacity === null
              ? t("event.noLimit")
              : t("event.placesTaken", {
                  going: format.count(event.going.length),
                  capacity: format.count(event.capacity),
                }),
        },
      ]}
    />
  );
}

/** Who is coming, and the member's own answer (EV3, EV4). */
function Answers({
  space,
  session,
  event,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly event: ChapterEvent;
}) {
  const t = useT("events");
  const problemText = useEventProblem();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const me = space.member.key;
  const mine = event.answers.find((entry) => entry.member === me)?.answer;
  const waiting = event.waiting.indexOf(me);
  const status =
    waiting >= 0 ? t("event.youAre.waiting", { position: waiting + 1 }) : t(`event.youAre.${mine ?? "none"}`);
  const answer = async (reply: RsvpAnswer) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await answerEvent(space, session, event, reply);
    } catch (problem) {
      setFailure(problemText(problem));
    } finally {
      setBusy(false);
    }
  };
  const lists: readonly (readonly [string, string, readonly MemberKey[]])[] = [
    ["going", t("event.going"), event.going],
    ["waiting", t("event.waiting"), event.waiting],
    ["maybe", t("event.maybe"), event.maybe],
    ["not", t("event.not"), event.not],
  ];
  return (
    <section className="event-answers" aria-label={t("event.answers")}>
      <h2>{t("event.answers")}</h2>
      {lists.map(([id, title, members]) =>
        id === "waiting" && members.length === 0 ? null : (
          <div key={id} className="event-answer-list" data-answer={id}>
            <h3>{title}</h3>
            {members.length === 0 ? (
              <p>{t("event.nobody")}</p>
            ) : (
              <ul aria-label={title}>
                {members.map((member) => (
                  <li key={member}>
                    <MemberName member={member} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        ),
      )}
      {event.cancelled ? null : (
        <div className="event-your-answer" role="group" aria-label={t("event.yourAnswer")}>
          <p role="status">{status}</p>
          {RSVP_ANSWERS.map((reply) => (
            <Button
              key={reply}
              variant={reply === mine ? "primary" : "secondary"}
              aria-pressed={reply === mine}
              isDisabled={busy}
              onPress={() => void answer(reply)}
            >
              {t(`event.answer.${reply}`)}
            </Button>
          ))}
          {failure === undefined ? null : <Problem>{failure}</Problem>}
        </div>
      )}
    </section>
  );
}

/** Changing and cancelling, for the event's organiser (EV2). */
function OrganiserActions({
  space,
  session,
  event,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly event: ChapterEvent;
}) {
  const t = useT("events");
  const problemText = useEventProblem();
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const fieldsOf = ({
    chapter,
    title,
    description,
    start,
    end,
    zone,
    place,
    capacity,
  }: ChapterEvent): EventFields => ({ chapter, title, description, start, end, zone, place, capacity });
  const cancel = async (cancelled: boolean) => {
    setFailure(undefined);
    try {
      await updateEvent(space, session, event, fieldsOf(event), cancelled);
    } catch (problem) {
      setFailure(problemText(problem));
    }
  };
  return (
    <>
      <DialogTrigger isOpen={editing} onOpenChange={setEditing}>
        <Button>{t("event.edit")}</Button>
        <Dialog title={t("event.editTitle", { title: event.title })}>
          <EventForm
            chapter={event.chapter}
            event={event}
            submitLabel={t("event.save")}
            onSubmit={async (fields) => {
              await updateEvent(space, session, event, fields, false);
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        </Dialog>
      </DialogTrigger>
      {event.cancelled ? (
        <Button onPress={() => void cancel(false)}>{t("event.restore")}</Button>
      ) : (
        <Button variant="danger" onPress={() => setCancelling(true)}>
          {t("event.cancelEvent")}
        </Button>
      )}
      <ConfirmDialog
        title={t("event.cancelTitle", { title: event.title })}
        tone="danger"
        confirmLabel={t("event.cancelEvent")}
        isOpen={cancelling}
        onOpenChange={setCancelling}
        onConfirm={() => void cancel(true)}
      >
        {t("event.cancelText")}
      </ConfirmDialog>
      {failure === undefined ? null : <Problem>{failure}</Problem>}
    </>
  );
}
