import { moderatorDeps, roomMemberDeps, type ChatMessage } from "@chapterhouse/crdt/chat";
import type { Current } from "@chapterhouse/crdt/currents";
import type { Roster } from "@chapterhouse/crdt/membership";
import type { RecordId } from "@chapterhouse/crdt/records";
import { useId, useState, type ReactNode } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { HideDialog, type RoomContext } from "../chat/index.js";
import { CurrentDissents } from "../dissent/index.js";
import { PostComposer, postActions, PostItem } from "../forums/index.js";
import { SubjectUnshown } from "../../shared/ui/SubjectUnshown.js";
import { organisationPending, RequireUnlocked, useOrganisation, type MemberSpace } from "../organisation/index.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { hideStatement, setCurrentMembership } from "./current-actions.js";
import { FIRST_SCREEN, type CurrentValue } from "./currents-query.js";
import { currentsPath } from "./paths.js";
import { useCurrentProblem } from "./use-current-problem.js";
import { useCurrent } from "./use-currents.js";
import "./currents.css";

/** The route's current. */
export interface CurrentRoute {
  readonly organisation: string;
  readonly current: string;
}

/** A current's page (PROTOCOL.md CU3–CU7): its founder's statement, its members and their chapters, joining and leaving, and its discussion. */
export function CurrentScreen(route: CurrentRoute) {
  const t = useT("currents");
  return <RequireUnlocked title={t("page.screenTitle")}>{(space) => <CurrentOpen space={space} {...route} />}</RequireUnlocked>;
}

function CurrentOpen({ space, organisation, current }: CurrentRoute & { readonly space: MemberSpace }) {
  const t = useT("currents");
  const { session, view } = useOrganisation(space, organisation);
  const [wanted, setWanted] = useState(FIRST_SCREEN);
  const { value, problem, refresh } = useCurrent(space, session, current as RecordId, wanted);
  const pending = organisationPending(view);
  const back = (
    <Link href={currentsPath.href({ organisation })} variant="standalone">
      {t("page.back")}
    </Link>
  );
  const problemLine =
    problem === undefined ? null : (
      <p className="form-problem" role="alert">
        {t("problem", { problem })}
      </p>
    );
  if (pending !== undefined || session === undefined || value === undefined || value.current === null) {
    return <SubjectUnshown className="current-page" title={t("page.screenTitle")} waiting={pending ?? (value === undefined ? t("page.reading") : undefined)} notFound={t("page.notFound")} problem={problemLine} back={back} />;
  }
  return <CurrentView context={{ space, organisation: session, value, refresh }} organisation={organisation} onOlder={() => setWanted(wanted + FIRST_SCREEN)} wanted={wanted} problemLine={problemLine} back={back} />;
}

function CurrentView({
  context,
  organisation,
  wanted,
  onOlder,
  problemLine,
  back,
}: {
  readonly context: RoomContext & { readonly value: CurrentValue };
  readonly organisation: string;
  readonly wanted: number;
  readonly onOlder: () => void;
  readonly problemLine: ReactNode;
  readonly back: ReactNode;
}) {
  const t = useT("currents");
  const { space, value } = context;
  const current = value.current!;
  const room = value.room.room;
  const me = space.member.key;
  const ids = useId();
  const roster = context.organisation.view.get().roster;
  const isMember = room !== null && roomMemberDeps(roster, room, me) !== undefined;
  const isModerator = room !== null && moderatorDeps(roster, room, me) !== undefined;
  const labelOf = useMemberLabel();
  const timeline = value.room.timeline;
  const replies = (post: ChatMessage) => timeline.threads.get(post.id) ?? [];
  // Quotes may name any post read, a reply too (CH4.3).
  const posts = new Map<RecordId, ChatMessage>([...timeline.messages, ...[...timeline.threads.values()].flat()].map((m) => [m.id, m]));
  const visible = timeline.messages.slice(-wanted);
  const [quote, setQuote] = useState<ChatMessage | undefined>(undefined);
  const [reply, setReply] = useState<ChatMessage | undefined>(undefined);
  const item = (post: ChatMessage, thread: ReactNode) => (
    <PostItem
      key={post.id}
      post={post}
      quoted={post.quote === null ? undefined : posts.get(post.quote)}
      reports={value.room.reports.get(post.id) ?? []}
      me={me}
      place={{ space, session: context.organisation, organisation, chapter: value.root }}
      replies={thread}
      // A thread has one level (CH4.2): only a post that starts one is answered.
      actions={postActions(context, { member: isMember, moderator: isModerator }, { quote: setQuote, ...(post.root === null ? { reply: setReply } : {}) })}
    />
  );
  return (
    <div className="current-page">
      <PageHeading>{current.name}</PageHeading>
      {back}
      {problemLine}
      <Statement context={context} current={current} isModerator={isModerator} />
      <Members context={context} current={current} roster={roster} isMember={isMember} />
      <CurrentDissents session={context.organisation} current={current.id} />
      <section aria-labelledby={`${ids}-posts`}>
        <h2 id={`${ids}-posts`}>{t("page.discussion")}</h2>
        <p>{t("page.discussionLede")}</p>
        {value.from > 0 || visible.length < timeline.messages.length ? <Button onPress={onOlder}>{t("page.older")}</Button> : null}
        {visible.length === 0 ? (
          <EmptyState headingLevel={3} title={t("page.emptyTitle")} description={t("page.empty")} />
        ) : (
          <ul className="current-posts" aria-label={t("page.discussion")}>
            {visible.map((post) =>
              item(
                post,
                replies(post).length === 0 ? undefined : (
                  <ul className="current-replies" aria-label={t("page.replies", { author: labelOf(post.author) })}>
                    {replies(post).map((answer) => item(answer, undefined))}
                  </ul>
                ),
              ),
            )}
          </ul>
        )}
      </section>
      {isMember ? (
        <PostComposer context={context} room={current.id} quote={quote} onUnquote={() => setQuote(undefined)} reply={reply} onUnreply={() => setReply(undefined)} proposals={[]} />
      ) : (
        <p>{t("page.readOnly")}</p>
      )}
    </div>
  );
}

/** The founder's statement (CU3), hidden for abuse only with its reason and shown on request; a moderator of the root hides or shows it (CU6). */
function Statement({ context, current, isModerator }: { readonly context: RoomContext & { readonly value: CurrentValue }; readonly current: Current; readonly isModerator: boolean }) {
  const t = useT("currents");
  const labelOf = useMemberLabel();
  const [shown, setShown] = useState(false);
  const [hiding, setHiding] = useState(false);
  const moderate = (reason: string, hidden: boolean) => hideStatement(context.space, context.organisation, context.value, current.id, reason, hidden);
  return (
    <section className="current-statement" aria-label={t("page.statement")}>
      <p>{t("page.foundedBy", { founder: labelOf(current.founder) })}</p>
      {current.hidden === null ? null : (
        <p role="note">
          {t("page.statementHidden", { moderator: labelOf(current.hidden.by), reason: current.hidden.reason })}{" "}
          <Button size="small" variant="quiet" onPress={() => setShown(!shown)}>
            {shown ? t("page.hideAgain") : t("page.showAnyway")}
          </Button>
        </p>
      )}
      {current.hidden !== null && !shown ? null : <blockquote className="current-statement-text">{current.statement}</blockquote>}
      {!isModerator ? null : current.hidden === null ? (
        <>
          <Button size="small" variant="quiet" onPress={() => setHiding(true)}>
            {t("page.hideStatement")}
          </Button>
          <HideDialog isOpen={hiding} onOpenChange={setHiding} onHide={(reason) => moderate(reason, true)} />
        </>
      ) : (
        <Button size="small" variant="quiet" onPress={() => void moderate(current.hidden?.reason ?? "", false).catch(() => undefined)}>
          {t("page.showStatement")}
        </Button>
      )}
    </section>
  );
}

/** Who is in the current, each with their chapters (CU7), and joining or leaving by the member's own record (CU4). */
function Members({ context, current, roster, isMember }: { readonly context: RoomContext & { readonly value: CurrentValue }; readonly current: Current; readonly roster: Roster; readonly isMember: boolean }) {
  const t = useT("currents");
  const ids = useId();
  const problemText = useCurrentProblem();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const inIt = current.members.some((member) => member.key === context.space.member.key);
  const press = () => {
    setBusy(true);
    setProblem(undefined);
    setCurrentMembership(context.space, context.organisation, context.value, current.id, !inIt).then(
      () => setBusy(false),
      (failure: unknown) => {
        setProblem(problemText(failure));
        setBusy(false);
      },
    );
  };
  return (
    <section aria-labelledby={`${ids}-members`}>
      <h2 id={`${ids}-members`}>{t("page.membersHeading", { count: current.members.length })}</h2>
      {current.members.length === 0 ? (
        <p>{t("page.noMembers")}</p>
      ) : (
        <ul className="current-members" aria-labelledby={`${ids}-members`}>
          {current.members.map((member) => (
            <li key={member.key}>
              <MemberName member={member.key} /> · {member.chapters.map((chapter) => roster.chapters.get(chapter)?.name ?? chapter).join(", ")}
            </li>
          ))}
        </ul>
      )}
      {isMember ? (
        <Button onPress={press} isPending={busy} variant={inIt ? "secondary" : "primary"}>
          {inIt ? t("page.leave") : t("page.join")}
        </Button>
      ) : null}
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
