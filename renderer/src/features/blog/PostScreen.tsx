import { postParts, type BlogPost, type LessonAdoption } from "@chapterhouse/crdt/blog";
import { MAX_MESSAGE_LENGTH, moderatorDeps, roomMemberDeps, type ChatMessage } from "@chapterhouse/crdt/chat";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Select } from "../../shared/ui/Select.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { TextField } from "../../shared/ui/TextField.js";
import { hide, report, sendMessage, type RoomContext } from "../chat/index.js";
import { DecisionDissents } from "../dissent/index.js";
import { PostItem, type PostActions } from "../forums/index.js";
import { chapterPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { proposalPath } from "../proposals/index.js";
import { decisionsPath, useDecisionEntries } from "../votes/index.js";
import { shareLesson } from "./blog-actions.js";
import { loadCommentDraft, loadPostText, saveCommentDraft, savePostText } from "./blog-local.js";
import { FIRST_SCREEN, type PostValue } from "./blog-query.js";
import { adoptLessonPath } from "./paths.js";
import { usePost } from "./use-blog.js";
import { useBlogProblem } from "./use-blog-problem.js";
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
  return <RequireUnlocked title={t("post.screenTitle")}>{(space) => <PostOpen space={space} {...route} />}</RequireUnlocked>;
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
      <div className="blog-post">
        <PageHeading>{t("post.screenTitle")}</PageHeading>
        {pending !== undefined || value === undefined ? <p aria-busy="true">{pending ?? t("post.reading")}</p> : <p>{t("post.notFound")}</p>}
        {problemLine}
        {back}
      </div>
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

function PostView({ context, place, wanted, onOlder, head }: { readonly context: RoomContext & { readonly value: PostValue }; readonly place: Place; readonly wanted: number; readonly onOlder: () => void; readonly head: ReactNode }) {
  const t = useT("blog");
  const format = useFormat();
  const ids = useId();
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
  const byId = new Map<RecordId, ChatMessage>(value.room.timeline.messages.map((m) => [m.id, m]));
  const actions: PostActions = {
    ...(isMember ? { report: (target: RecordId, reason: string) => report(context, target, reason) } : {}),
    ...(isModerator ? { hide: (target: RecordId, reason: string, hidden: boolean) => hide(context, target, reason, hidden) } : {}),
  };
  const itemPlace = { space, session: organisation, organisation: place.organisation, chapter: place.chapter };
  const item = (message: ChatMessage) => (
    <PostItem key={message.id} post={message} quoted={message.quote === null ? undefined : byId.get(message.quote)} reports={value.room.reports.get(message.id) ?? []} me={me} place={itemPlace} actions={actions} />
  );
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
      {value.room.unverified === 0 ? null : <p role="note">{t("post.unverified", { count: value.room.unverified })}</p>}
      {text === null ? <p aria-busy={value.from === 0 && isMember}>{t("post.noText")}</p> : <ul className="blog-article" aria-label={t("post.text")}>{item(text)}</ul>}
      {post.decisions.length === 0 ? null : <Lesson post={post} session={organisation} space={space} place={place} isMember={isMember} />}
      <section aria-labelledby={`${ids}-comments`}>
        <h2 id={`${ids}-comments`}>{t("comments.heading")}</h2>
        {value.from > 0 || shownComments.length < comments.length ? <Button onPress={onOlder}>{t("comments.older")}</Button> : null}
        {shownComments.length === 0 ? (
          <EmptyState headingLevel={3} title={t("comments.emptyTitle")} description={isMember ? t("comments.empty") : t("comments.readOnly")} />
        ) : (
          <ul className="forum-posts" aria-label={t("comments.heading")}>
            {shownComments.map(item)}
          </ul>
        )}
      </section>
      {isMember ? <CommentComposer context={context} post={post.id} /> : null}
    </div>
  );
}

/** Posts a new post's text, kept on this device by the writing form until then (so a reload loses nothing). */
function usePostText(context: RoomContext, post: BlogPost, missing: boolean): void {
  const { db } = useAppData();
  const sent = useRef(false);
  useEffect(() => {
    if (!missing || sent.current) return;
    sent.current = true;
    void (async () => {
      const text = await loadPostText(db, post.id);
      if (text === "") return;
      await savePostText(db, post.id, "");
      // Refused (offline vault, too long): the text goes back to be posted on the next visit, never lost.
      await sendMessage(context, { text }).catch(() => savePostText(db, post.id, text));
    })();
  }, [context, db, missing, post.id]);
}

/** A lesson's decisions (with their dissents, DS4), where it was shared and adopted, and the forms to share and adopt it. */
function Lesson({ post, session, space, place, isMember }: { readonly post: BlogPost; readonly session: OpenOrganisation; readonly space: MemberSpace; readonly place: Place; readonly isMember: boolean }) {
  const t = useT("blog");
  const format = useFormat();
  const ids = useId();
  const roster = session.view.get().roster;
  const nameOf = (chapter: ChapterId) => roster.chapters.get(chapter)?.name ?? "…";
  const entries = useDecisionEntries(documentUrlOf(place.organisation), roster.chapters.get(post.chapter)?.document);
  return (
    <>
      <section aria-labelledby={`${ids}-decisions`}>
        <h2 id={`${ids}-decisions`}>{t("lesson.decisions")}</h2>
        <ul className="blog-decisions">
          {post.decisions.map((decision) => {
            const entry = entries?.find((candidate) => candidate.id === decision);
            return (
              <li key={decision} data-decision={decision}>
                <Link href={decisionsPath.href({ organisation: place.organisation, chapter: post.chapter })}>
                  {t("lesson.decision", { title: entry?.title ?? t("lesson.untitled"), date: entry === undefined ? "…" : format.date(entry.at) })}
                </Link>
                <DecisionDissents space={space} session={session} chapter={post.chapter} decision={decision} />
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby={`${ids}-shared`}>
        <h2 id={`${ids}-shared`}>{t("lesson.sharedHeading")}</h2>
        {post.shares.length === 0 ? (
          <p>{t("lesson.notShared")}</p>
        ) : (
          <ul aria-label={t("lesson.sharedHeading")}>
            {post.shares.map((share) => (
              <li key={share.id}>
                <Link href={chapterPath.href({ organisation: place.organisation, chapter: share.chapter })}>{nameOf(share.chapter)}</Link>
              </li>
            ))}
          </ul>
        )}
        {isMember ? <ShareForm post={post} session={session} space={space} /> : null}
      </section>
      <section aria-labelledby={`${ids}-adopted`}>
        <h2 id={`${ids}-adopted`}>{t("lesson.adoptedHeading")}</h2>
        {post.adoptions.length === 0 ? (
          <p>{t("lesson.notAdopted")}</p>
        ) : (
          <ul aria-label={t("lesson.adoptedHeading")}>
            {post.adoptions.map((adoption) => (
              <Adoption key={adoption.id} adoption={adoption} session={session} organisation={place.organisation} name={nameOf(adoption.chapter)} />
            ))}
          </ul>
        )}
        <AdoptForm post={post} session={session} space={space} organisation={place.organisation} />
      </section>
    </>
  );
}

/** Where a lesson was adopted: the chapter, its proposal and what the chapter decided on it (its decisions log, V7). */
function Adoption({ adoption, session, organisation, name }: { readonly adoption: LessonAdoption; readonly session: OpenOrganisation; readonly organisation: string; readonly name: string }) {
  const t = useT("blog");
  const format = useFormat();
  const document = session.view.get().roster.chapters.get(adoption.chapter)?.document;
  const entries = useDecisionEntries(documentUrlOf(organisation), document);
  const decided = entries?.find((entry) => entry.proposal === adoption.proposal);
  return (
    <li data-adoption={adoption.id}>
      <Link href={proposalPath.href({ organisation, chapter: adoption.chapter, proposal: adoption.proposal })}>{t("lesson.adoptedBy", { chapter: name })}</Link>{" "}
      <span className="blog-meta">
        {decided === undefined ? (
          t("lesson.undecided")
        ) : (
          <Link href={decisionsPath.href({ organisation, chapter: adoption.chapter })}>{t("lesson.decided", { date: format.date(decided.at) })}</Link>
        )}
      </span>
    </li>
  );
}

/** Sharing a lesson to another chapter (BL3), by a member of the lesson's chapter. */
function ShareForm({ post, session, space }: { readonly post: BlogPost; readonly session: OpenOrganisation; readonly space: MemberSpace }) {
  const t = useT("blog");
  const problemText = useBlogProblem();
  const [to, setTo] = useState<ChapterId | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const options = [...session.view.get().roster.chapters]
    .filter(([id]) => id !== post.chapter && !post.shares.some((share) => share.chapter === id))
    .map(([id, entry]) => ({ id, label: entry.name }));
  if (options.length === 0) return null;
  return (
    <Form
      aria-label={t("lesson.share")}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setProblem(undefined);
        shareLesson(space, session, post.chapter, post.id, to).then(
          () => {
            setTo(undefined);
            setBusy(false);
          },
          (failure: unknown) => {
            setProblem(problemText(failure));
            setBusy(false);
          },
        );
      }}
    >
      <Select label={t("lesson.shareTo")} options={options} selectedKey={to ?? null} onSelectionChange={(key) => setTo(key === null ? undefined : (String(key) as ChapterId))} {...(problem === undefined ? {} : { errorMessage: problem })} />
      <FormActions>
        <Button type="submit" isPending={busy}>
          {t("lesson.share")}
        </Button>
      </FormActions>
    </Form>
  );
}

/** Adopting a lesson in one of the member's chapters (BL4): the proposal form there, prefilled. */
function AdoptForm({ post, session, space, organisation }: { readonly post: BlogPost; readonly session: OpenOrganisation; readonly space: MemberSpace; readonly organisation: string }) {
  const t = useT("blog");
  const [chapter, setChapter] = useState<ChapterId | undefined>(undefined);
  const roster = session.view.get().roster;
  const options = [...roster.chapters]
    .filter(([id]) => id !== post.chapter && roomMemberDeps(roster, { chapter: id, access: "subtree", members: [] }, space.member.key) !== undefined)
    .map(([id, entry]) => ({ id, label: entry.name }));
  if (options.length === 0) return null;
  return (
    <div className="blog-adopt">
      <Select label={t("lesson.adoptIn")} options={options} selectedKey={chapter ?? null} onSelectionChange={(key) => setChapter(key === null ? undefined : (String(key) as ChapterId))} />
      {chapter === undefined ? null : (
        <Link href={adoptLessonPath.href({ organisation, chapter: post.chapter, post: post.id, adopting: chapter })} variant="standalone">
          {t("lesson.adopt")}
        </Link>
      )}
    </div>
  );
}

/** Writing a comment on a post (BL5), its draft kept on the device. */
function CommentComposer({ context, post }: { readonly context: RoomContext; readonly post: RecordId }) {
  const t = useT("blog");
  const { db } = useAppData();
  const problemText = useBlogProblem();
  const [text, setText] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    void loadCommentDraft(db, post).then((draft) => setText((current) => current ?? draft));
  }, [db, post]);
  return (
    <Form
      aria-label={t("comments.label")}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setProblem(undefined);
        sendMessage(context, { text: text ?? "" }).then(
          async () => {
            await saveCommentDraft(db, post, "");
            setText("");
            setBusy(false);
          },
          (failure: unknown) => {
            setProblem(problemText(failure));
            setBusy(false);
          },
        );
      }}
    >
      <TextField
        label={t("comments.label")}
        description={t("comments.markdown")}
        value={text ?? ""}
        onChange={(next) => {
          setText(next);
          void saveCommentDraft(db, post, next);
        }}
        multiline
        rows={4}
        limit={MAX_MESSAGE_LENGTH}
        {...(problem === undefined ? {} : { errorMessage: problem })}
      />
      <FormActions>
        <Button type="submit" variant="primary" isPending={busy}>
          {t("comments.post")}
        </Button>
      </FormActions>
    </Form>
  );
}
