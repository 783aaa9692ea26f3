import { moderatorDeps, roomMemberDeps, type ChatMessage } from "@chapterhouse/crdt/chat";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { SubjectUnshown } from "../../shared/ui/SubjectUnshown.js";
import { sendMessage, type RoomContext } from "../chat/index.js";
import {
  chapterPath,
  organisationPending,
  RequireUnlocked,
  useOrganisation,
  type MemberSpace,
} from "../organisation/index.js";
import { proposalPath, useProposalSession } from "../proposals/index.js";
import {
  loadOpeningPost,
  loadWatches,
  saveOpeningPost,
  savePostDraft,
  saveWatches,
  toggled,
} from "./forum-local.js";
import { FIRST_SCREEN, type TopicValue } from "./forum-query.js";
import { topicProposalPath } from "./paths.js";
import { PostComposer } from "./PostComposer.js";
import { postActions } from "./post-actions.js";
import { PostThread } from "./PostThread.js";
import { useForum, useTopic } from "./use-forum.js";
import "./forums.css";

/** The route's topic. */
export interface TopicRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly topic: string;
}

/** A forum topic (PROTOCOL.md FO5): its posts, newest pages first read, quoting, hiding, watching, and writing. */
export function TopicScreen(route: TopicRoute) {
  const t = useT("forums");
  return (
    <RequireUnlocked title={t("topic.screenTitle")}>
      {(space) => <TopicOpen space={space} {...route} />}
    </RequireUnlocked>
  );
}

function TopicOpen({ space, organisation, chapter, topic }: TopicRoute & { readonly space: MemberSpace }) {
  const t = useT("forums");
  const { session, view: organisationView } = useOrganisation(space, organisation);
  const [wanted, setWanted] = useState(FIRST_SCREEN);
  const { value, problem, refresh } = useTopic(
    space,
    session,
    chapter as ChapterId,
    topic as RecordId,
    wanted,
  );
  const pending = organisationPending(organisationView);
  const back = (
    <Link href={chapterPath.href({ organisation, chapter })} variant="standalone">
      {t("topic.back")}
    </Link>
  );
  const problemLine =
    problem === undefined ? null : (
      <p className="form-problem" role="alert">
        {t("topic.problem", { problem })}
      </p>
    );
  if (pending !== undefined || session === undefined || value === undefined || value.topic === null) {
    return (
      <SubjectUnshown
        className="forum-topic"
        title={t("topic.screenTitle")}
        waiting={pending ?? (value === undefined ? t("topic.reading") : undefined)}
        notFound={t("topic.notFound")}
        problem={problemLine}
        back={back}
      />
    );
  }
  return (
    <TopicView
      context={{ space, organisation: session, value, refresh }}
      place={{ organisation, chapter: chapter as ChapterId }}
      wanted={wanted}
      onOlder={() => setWanted(wanted + FIRST_SCREEN)}
      problemLine={problemLine}
      back={back}
    />
  );
}

function TopicView({
  context,
  place,
  wanted,
  onOlder,
  problemLine,
  back,
}: {
  readonly context: RoomContext & { readonly value: TopicValue };
  readonly place: { readonly organisation: string; readonly chapter: ChapterId };
  readonly wanted: number;
  readonly onOlder: () => void;
  readonly problemLine: ReactNode;
  readonly back: ReactNode;
}) {
  const t = useT("forums");
  const ids = useId();
  const { db } = useAppData();
  const { space, organisation, value } = context;
  const topic = value.topic!;
  const room = value.room.room!;
  const me = space.member.key;
  const roster = organisation.view.get().roster;
  const isMember = roomMemberDeps(roster, room, me) !== undefined;
  const isModerator = moderatorDeps(roster, room, me) !== undefined;
  const { value: forum } = useForum(organisation, place.chapter);
  const category = forum?.categories.find((entry) => entry.id === topic.category);
  const { view: proposalsView } = useProposalSession(space, organisation, place.chapter, null);
  const proposals = proposalsView?.index ?? [];
  const titleOf = new Map(proposals.map((entry) => [entry.id as string, entry.title]));
  const watches = useLiveQuery(() => loadWatches(db), [db]);
  const timeline = value.room.timeline;
  const visible = timeline.messages.slice(-wanted);
  const [quote, setQuote] = useState<ChatMessage | undefined>(undefined);
  useOpeningPost(context, isMember);
  return (
    <div className="forum-topic">
      <PageHeading>{topic.title}</PageHeading>
      {back}
      {problemLine}
      {category === undefined ? null : (
        <p className="forum-topic-meta">{t("topic.inCategory", { category: category.name })}</p>
      )}
      <div className="forum-watch">
        <Checkbox
          isSelected={watches?.topics.includes(topic.id) ?? false}
          isDisabled={watches === undefined}
          onChange={(on) =>
            void (watches === undefined
              ? undefined
              : saveWatches(db, { ...watches, topics: toggled(watches.topics, topic.id, on) }))
          }
        >
          {t("watch.topic")}
        </Checkbox>
        {watches?.categories.includes(topic.category) === true ? (
          <Checkbox
            isSelected={watches.muted.includes(topic.id)}
            onChange={(on) =>
              void saveWatches(db, { ...watches, muted: toggled(watches.muted, topic.id, on) })
            }
          >
            {t("watch.mute")}
          </Checkbox>
        ) : null}
      </div>
      <section aria-labelledby={`${ids}-proposals`}>
        <h2 id={`${ids}-proposals`}>{t("topic.proposalsHeading")}</h2>
        {topic.proposals.length === 0 ? null : (
          <ul aria-label={t("topic.proposalsHeading")}>
            {topic.proposals.map((proposal) => (
              <li key={proposal}>
                <Link
                  href={proposalPath.href({
                    organisation: place.organisation,
                    chapter: place.chapter,
                    proposal,
                  })}
                >
                  {t("topic.proposal", { title: titleOf.get(proposal) ?? "…" })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {isMember ? (
          <Link
            href={topicProposalPath.href({
              organisation: place.organisation,
              chapter: place.chapter,
              topic: topic.id,
            })}
            variant="standalone"
          >
            {t("topic.turnIntoProposal")}
          </Link>
        ) : null}
      </section>
      <PostThread
        room={value.room}
        shown={visible}
        hasOlder={value.from > 0 || visible.length < timeline.messages.length}
        onOlder={onOlder}
        words={{ heading: t("topic.posts"), older: t("topic.older"), emptyTitle: t("topic.emptyTitle"), empty: t("topic.empty") }}
        note={value.room.unverified === 0 ? null : <p role="note">{t("topic.unverified", { count: value.room.unverified })}</p>}
        className="forum-posts"
        me={me}
        place={{ space, session: organisation, organisation: place.organisation, chapter: place.chapter }}
        actions={postActions(context, { member: isMember, moderator: isModerator }, { quote: setQuote })}
      />
      {isMember ? (
        <PostComposer
          context={context}
          room={topic.id}
          quote={quote}
          onUnquote={() => setQuote(undefined)}
          proposals={proposals}
        />
      ) : (
        <p>{t("composer.readOnly")}</p>
      )}
    </div>
  );
}

/** Posts a new topic's opening post, kept on this device by the new-topic form until then (so a reload loses nothing). */
function useOpeningPost(context: RoomContext, isMember: boolean): void {
  const { db } = useAppData();
  const topic = context.value.room?.room?.id;
  const sent = useRef(false);
  useEffect(() => {
    if (!isMember || topic === undefined || sent.current) return;
    sent.current = true;
    void (async () => {
      const text = await loadOpeningPost(db, topic);
      if (text === "") return;
      await saveOpeningPost(db, topic, "");
      // Refused (offline vault, too long): the text goes to the composer's draft, never lost.
      await sendMessage(context, { text }).catch(() => savePostDraft(db, topic, text));
    })();
  }, [context, db, isMember, topic]);
}
