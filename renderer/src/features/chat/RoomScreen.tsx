import { moderatorDeps, roomMemberDeps, type ChatMessage, type ReportNote } from "@chapterhouse/crdt/chat";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { useSlices } from "../../shared/ui/use-slices.js";
import { PrivateThreadPage } from "../messages/index.js";
import { chapterPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace } from "../organisation/index.js";
import { useMemberLabel } from "../profiles/index.js";
import { useProposalSession } from "../proposals/index.js";
import { useVoteCards } from "../votes/index.js";
import { deleteMessage, editMessage, hide, pin, react, report, sendMessage, type RoomContext } from "./chat-actions.js";
import { invitable, useRoomName } from "./ChapterRooms.js";
import { Composer, type Linkable, type Mentionable } from "./Composer.js";
import { FoldedFloods } from "./FoldedFloods.js";
import { LinkCards } from "./LinkCards.js";
import { MessageItem, type MessageActions } from "./MessageItem.js";
import { FIRST_SCREEN } from "./rooms-query.js";
import { useRoomPresence } from "./use-room-presence.js";
import { useRooms } from "./use-rooms.js";
import "./chat.css";

/** The route's room. */
export interface RoomRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly room: string;
}

/** A chat room (PROTOCOL.md CH): its newest messages, paging up, threads, pins, presence, and writing. */
export function RoomScreen(route: RoomRoute) {
  const t = useT("chat");
  return <RequireUnlocked title={t("room.title")}>{(space) => <RoomOpen space={space} {...route} />}</RequireUnlocked>;
}

function RoomOpen({ space, organisation, chapter, room }: RoomRoute & { readonly space: MemberSpace }) {
  const t = useT("chat");
  const nameOf = useRoomName();
  const { session, view: organisationView } = useOrganisation(space, organisation);
  const [wanted, setWanted] = useState(FIRST_SCREEN);
  const { value: read, problem, refresh } = useRooms(space, session, chapter as ChapterId, room as RecordId, wanted);
  // The room's screen (its composer, menus, pins) is built in a deferred render, which React
  // builds in slices of a few milliseconds, not in the one task the read's arrival would make —
  // also when the read is there at once (a room visited again): null until then.
  const value = useDeferredValue(read ?? null, null) ?? undefined;
  const pending = organisationPending(organisationView);
  const back = (
    <Link href={chapterPath.href({ organisation, chapter })} variant="standalone">
      {t("room.back")}
    </Link>
  );
  const problemLine = problem === undefined ? null : (
    <p className="form-problem" role="alert">
      {t("room.problem", { problem })}
    </p>
  );
  if (pending !== undefined || session === undefined || value === undefined) {
    return (
      <div className="chat-room">
        <PageHeading>{t("room.title")}</PageHeading>
        <p aria-busy="true">{pending ?? t("room.reading")}</p>
        {problemLine}
        {back}
      </div>
    );
  }
  if (value.room?.room === null || value.room === null) {
    return (
      <div className="chat-room">
        <PageHeading>{t("room.title")}</PageHeading>
        <p>{t("room.notFound")}</p>
        {problemLine}
        {back}
      </div>
    );
  }
  const found = value.room.room;
  if (found.access === "invited") {
    // Its content is private, in the room's own Conversation document (CH12.1): read and written as a conversation's.
    return <PrivateThreadPage space={space} thread={found} organisation={organisation} heading={nameOf(found)} back={back} eligible={invitable(session, chapter as ChapterId)} />;
  }
  return (
    <RoomView
      context={{ space, organisation: session, value, refresh }}
      place={{ organisation, chapter: chapter as ChapterId }}
      wanted={wanted}
      onOlder={() => setWanted(wanted + FIRST_SCREEN)}
      problemLine={problemLine}
      back={back}
    />
  );
}

/**
 * Messages the timeline adds per task, newest first: each is a row of several controls (its menu,
 * its reactions), and fifty at once made the room's first screen one task over 50 ms (issue 11);
 * ten took about 20 ms of the page's CPU per task, which a loaded 2-core machine stretched past
 * 50 ms of wall time.
 */
const MESSAGES_PER_SLICE = 5;

const NO_REPORTS: readonly ReportNote[] = [];

/**
 * The timeline's messages built in slices, the newest first, each slice in a task of its own
 * (A11Y4): only this list renders again per slice, and the rows already built are memoised.
 */
function SlicedTimeline({ messages, item }: { readonly messages: readonly ChatMessage[]; readonly item: (message: ChatMessage) => ReactNode }) {
  const built = useSlices(messages.length, MESSAGES_PER_SLICE);
  return <FoldedFloods messages={messages.slice(messages.length - built)} item={item} />;
}

/** The actions in a thread: a reply there is a reply to its root, so no "Reply" on each message. */
function withoutReply({ reply: _reply, ...rest }: MessageActions): MessageActions {
  return rest;
}

function RoomView({
  context,
  place,
  wanted,
  onOlder,
  problemLine,
  back,
}: {
  readonly context: RoomContext;
  readonly place: { readonly organisation: string; readonly chapter: ChapterId };
  /** How many of the newest messages to show (the pages read may hold more, CH9.5). */
  readonly wanted: number;
  readonly onOlder: () => void;
  readonly problemLine: ReactNode;
  readonly back: ReactNode;
}) {
  const t = useT("chat");
  const ids = useId();
  const labelOf = useMemberLabel();
  const nameOf = useRoomName();
  const { space, organisation, value } = context;
  const read = value.room!;
  const room = read.room!;
  const me = space.member.key;
  const roster = organisation.view.get().roster;
  const head = value.pages.get(0);
  const presence = useRoomPresence(head === undefined ? undefined : space.documents.handle(head), me);
  const [thread, setThread] = useState<RecordId | null>(null);
  const isMember = roomMemberDeps(roster, room, me) !== undefined;
  const isModerator = moderatorDeps(roster, room, me) !== undefined;
  const messages = new Map<RecordId, ChatMessage>([...read.timeline.messages, ...[...read.timeline.threads.values()].flat()].map((m) => [m.id, m]));
  const pinned = new Set(read.timeline.pins.map((p) => p.target));
  const { view: proposalsView } = useProposalSession(space, organisation, place.chapter, null);
  const votes = useVoteCards(organisation, place.chapter, null) ?? [];
  const proposals: Linkable[] = [
    ...(proposalsView?.index ?? []).map((entry) => ({ kind: "proposal" as const, id: entry.id as string as RecordId, title: entry.title })),
    ...votes.map((card) => ({ kind: "vote" as const, id: card.open, title: t("composer.linkVote", { title: card.title }) })),
  ];
  const members: Mentionable[] = [...(roster.chapters.get(room.chapter)?.members.keys() ?? [])].filter((key) => key !== me).map((key) => ({ key, name: labelOf(key) }));
  const { refresh } = context;
  // The same object until what the actions write with changes, so the memoised rows stay as they are.
  const actions = useMemo((): MessageActions => {
    const at: RoomContext = { space, organisation, value, refresh };
    return isMember
      ? {
          react: (target, emoji, on) => react(at, target, emoji, on),
          reply: (target) => setThread(target),
          pin: (target, on) => pin(at, target, on),
          edit: (target, text) => editMessage(at, target, text),
          remove: (target) => deleteMessage(at, target),
          report: (target, reason) => report(at, target, reason),
          ...(isModerator ? { hide: (target: RecordId, reason: string, hidden: boolean) => hide(at, target, reason, hidden) } : {}),
        }
      : {};
  }, [space, organisation, value, refresh, isMember, isModerator]);
  const item = (message: ChatMessage, inThread: boolean) => (
    <MessageItem
      key={message.id}
      message={message}
      me={me}
      pinned={pinned.has(message.id)}
      quoted={message.quote === null ? undefined : messages.get(message.quote)}
      cards={message.links.length === 0 ? null : <LinkCards links={message.links} space={space} session={organisation} organisation={place.organisation} chapter={place.chapter} />}
      actions={inThread ? withoutReply(actions) : actions}
      reports={read.reports.get(message.id) ?? NO_REPORTS}
    />
  );
  const rootMessage = thread === null ? undefined : messages.get(thread);
  // The newest `wanted` messages: a page holds up to 200, a first screen shows 50 (CH9.5).
  const visible = read.timeline.messages.slice(-wanted);
  return (
    <div className="chat-room">
      <PageHeading>{nameOf(room)}</PageHeading>
      {back}
      {problemLine}
      <p className="chat-presence" aria-live="polite">
        {presence.here.length === 0 ? null : t("presence.here", { members: presence.here.map(labelOf).join(", ") })}{" "}
        {presence.typing.length === 0 ? null : t("presence.typing", { count: presence.typing.length, members: presence.typing.map(labelOf).join(", ") })}
      </p>
      {read.timeline.pins.length === 0 ? null : (
        <section aria-labelledby={`${ids}-pins`}>
          <h2 id={`${ids}-pins`}>{t("pins.heading")}</h2>
          <ul className="chat-pins">
            {read.timeline.pins.map((entry) => {
              const message = messages.get(entry.target);
              return <li key={entry.target}>{message === undefined || message.deleted || message.hidden !== null ? `${labelOf(entry.by)} · …` : `${labelOf(message.author)}: ${message.text}`}</li>;
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby={`${ids}-messages`}>
        <h2 id={`${ids}-messages`}>{t("room.messages")}</h2>
        {value.from > 0 || visible.length < read.timeline.messages.length ? <Button onPress={onOlder}>{t("room.older")}</Button> : null}
        {read.unverified === 0 ? null : <p role="note">{t("unverified", { count: read.unverified })}</p>}
        {visible.length === 0 ? (
          <EmptyState headingLevel={3} title={t("room.emptyTitle")} description={t("room.empty")} />
        ) : (
          <ul className="chat-timeline" aria-label={t("room.messages")}>
            <SlicedTimeline messages={visible} item={(message) => item(message, false)} />
          </ul>
        )}
      </section>
      {rootMessage === undefined ? null : (
        <section aria-labelledby={`${ids}-thread`} className="chat-thread">
          <h2 id={`${ids}-thread`}>{t("thread.heading")}</h2>
          <Button size="small" onPress={() => setThread(null)}>
            {t("thread.close")}
          </Button>
          <ul className="chat-thread-list" aria-label={t("thread.heading")}>
            {item(rootMessage, true)}
            {(read.timeline.threads.get(rootMessage.id) ?? []).map((reply) => item(reply, true))}
          </ul>
          {isMember ? (
            <Composer
              label={t("composer.replyLabel")}
              submitText={t("composer.sendReply")}
              members={members}
              proposals={proposals}
              onTyping={presence.typed}
              onSend={(text, mentions, links) => sendMessage(context, { text, root: rootMessage.id, mentions, links })}
            />
          ) : null}
        </section>
      )}
      {isMember ? (
        <Composer
          label={t("composer.label")}
          submitText={t("composer.send")}
          members={members}
          proposals={proposals}
          onTyping={presence.typed}
          onSend={(text, mentions, links) => sendMessage(context, { text, mentions, links })}
        />
      ) : (
        <p>{t("composer.readOnly")}</p>
      )}
    </div>
  );
}
