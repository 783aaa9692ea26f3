import { postParts } from "@chapterhouse/crdt/blog";
import { moderatorDeps, roomMemberDeps } from "@chapterhouse/crdt/chat";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useState, type ReactNode } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { SubjectUnshown } from "../../shared/ui/SubjectUnshown.js";
import { hide, report, type RoomContext } from "../chat/index.js";
import { PostItem, PostThread, type PostActions } from "../forums/index.js";
import { chapterPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { FIRST_SCREEN, type PostValue } from "./blog-query.js";
import { CommentComposer } from "./CommentComposer.js";
import { Lesson } from "./Lesson.js";
import { usePost } from "./use-blog.js";
import { usePostText } from "./use-post-text.js";
import "./blog.css";

/** The route's post. */
export interface PostRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly post: string;
}

/**
 * A post (PROTOCOL.md BL5): its text and comments from its room's newest pages; for a lesson
 * (BL2), the decisions it came from with their dissents (DS4), where it was shared (BL3) and
 * adopted, with what each adopting chapter decided (BL4).
 */
export function PostScreen(route: PostRoute) {
  const t = useT("blog");
  return (
    <RequireUnlocked title={t("post.screenTitle")}>
      {(space) => <PostOpen space={space} {...route} />}
    </RequireUnlocked>
  );
}

function PostOpen({ space, organisation, chapter, post }: PostRoute & { readonly space: MemberSpace }) {
  const t = useT("blog");
  const { session, view } = useOrganisation(space, organisation);
  const [wanted, setWanted] = useState(FIRST_SCREEN);
  const { value, problem, refresh } = usePost(space, session, chapter as ChapterId, post as RecordId, wanted);
  const pending = organisationPending(view);
  const back = (
    <Link href={chapterPath.href({ organisation, chapter })} variant="standalone">
      {t("post.back")}
    </Link>
  );
  const problemLine =
    problem === undefined ? null : (
      <p className="form-problem" role="alert">
        {t("post.problem", { problem })}
      </p>
    );
  if (pending !== undefined || session === undefined || value?.post === null || value?.post === undefined) {
    return (
      <SubjectUnshown
        className="blog-post"
        title={t("post.screenTitle")}
        waiting={pending ?? (value === undefined ? t("post.reading") : undefined)}
        notFound={t("post.notFound")}
        problem={problemLine}
        back={back}
      />
    );
  }
  return (
    <PostView
      context={{ space, organisation: session, value, refresh }}
      place={{ organisation, chapter: chapter as ChapterId }}
      wanted={wanted}
      onOlder={() => setWanted(wanted + FIRST_SCREEN)}
      head={
        <>
          {back}
          {problemLine}
        </>
      }
    />
  );
}

interface Place {
  readonly organisation: string;
  readonly chapter: ChapterId;
}

function PostView({
  context,
  place,
  wanted,
  onOlder,
  head,
}: {
  readonly context: RoomContext & { readonly value: PostValue };
  readonly place: Place;
  readonly wanted: number;
  readonly onOlder: () => void;
  readonly head: ReactNode;
}) {
  const t = useT("blog");
  const format = useFormat();
  const { space, organisation, value } = context;
  const post = value.post!;
  const room = value.room.room!;
  const me = space.member.key;
  const roster = organisation.view.get().roster;
  const isMember = roomMemberDeps(roster, room, me) !== undefined;
  const isModerator = moderatorDeps(roster, room, me) !== undefined;
  const messages = value.from === 0 ? value.room.timeline.messages : [];
  const { text, comments } = postParts(post, value.room.timeline.messages);
  const shownComments = comments.slice(-wanted);
  const actions: PostActions = {
    ...(isMember ? { report: (target: RecordId, reason: string) => report(context, target, reason) } : {}),
    ...(isModerator ? { hide: (target: RecordId, reason: string, hidden: boolean) => hide(context, target, reason, hidden) } : {}),
  };
  const itemPlace = { space, session: organisation, organisation: place.organisation, chapter: place.chapter };
  usePostText(context, post, isMember && messages.every((message) => message.author !== post.author));
  return (
    <div className="blog-post">
      <PageHeading>{post.title}</PageHeading>
      {head}
      <p className="blog-meta">
        {post.decisions.length === 0 ? null : (
          <>
            <StatusPill tone="info">{t("post.lesson")}</StatusPill>{" "}
          </>
        )}
        {t("post.by")} <MemberName member={post.author} /> · {format.dateTime(post.at)}
      </p>
      {value.room.unverified === 0 ? null : (
        <p role="note">{t("post.unverified", { count: value.room.unverified })}</p>
      )}
      {text === null ? (
        <p aria-busy={value.from === 0 && isMember}>{t("post.noText")}</p>
      ) : (
        <ul className="blog-article" aria-label={t("post.text")}>
          <PostItem post={text} quoted={text.quote === null ? undefined : value.room.timeline.messages.find((m) => m.id === text.quote)} reports={value.room.reports.get(text.id) ?? []} me={me} place={itemPlace} actions={actions} />
        </ul>
      )}
      {post.decisions.length === 0 ? null : (
        <Lesson post={post} session={organisation} space={space} place={place} isMember={isMember} />
      )}
      <PostThread
        room={value.room}
        shown={shownComments}
        hasOlder={value.from > 0 || shownComments.length < comments.length}
        onOlder={onOlder}
        words={{ heading: t("comments.heading"), older: t("comments.older"), emptyTitle: t("comments.emptyTitle"), empty: isMember ? t("comments.empty") : t("comments.readOnly") }}
        className="forum-posts"
        me={me}
        place={itemPlace}
        actions={actions}
      />
      {isMember ? <CommentComposer context={context} post={post.id} /> : null}
    </div>
  );
}
