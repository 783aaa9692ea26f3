import type { MemberKey } from "@chapterhouse/crdt/records";
import { memo, useEffect, useMemo, useState } from "react";
import { useDocumentLayer, useQuery } from "../../shared/documents/use-query.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import { Button } from "../../shared/ui/Button.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { errorText } from "../../shared/ui/error-text.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { PlainLink } from "../../shared/ui/PlainLink.js";
import { Problem } from "../../shared/ui/Problem.js";
import { useSlices } from "../../shared/ui/use-slices.js";
import { RequireUnlocked, type MemberSpace } from "../organisation/index.js";
import { AllProfileNames, useMemberLabel, useProfiles } from "../profiles/index.js";
import type { ConversationView } from "./conversation-view.js";
import { CONVERSATIONS_PER_PAGE, MAX_CONVERSATION_MEMBERS, type ConversationPage } from "./messages.js";
import { conversationPath } from "./paths.js";
import { unreadMessages } from "./unread-messages.js";
import { useConversationIndex, useMessages } from "./use-messages.js";
import { useMessagesSettings } from "./use-messages-settings.js";
import "./messages.css";

/** The member's conversations, newest first a page at a time, with unread markers, and starting one. */
export function MessagesScreen() {
  const t = useT("messages");
  return <RequireUnlocked title={t("list.title")}>{(space) => <Conversations space={space} />}</RequireUnlocked>;
}

function Conversations({ space }: { readonly space: MemberSpace }) {
  const t = useT("messages");
  const messages = useMessages(space);
  const index = useConversationIndex(space.member.key);
  const layer = useDocumentLayer();
  const format = useFormat();
  const [count, setCount] = useState(CONVERSATIONS_PER_PAGE);
  const spec = useMemo(() => messages.pageQuery(count), [messages, count]);
  const page = useQuery(spec);
  // A conversation read elsewhere (its screen, the bell as documents sync) may now be among the
  // newest; and on a fresh device each slice the list reads and notes reads the next.
  useEffect(() => index.subscribe(() => layer.query(spec).invalidate()), [index, layer, spec]);
  // While the next page is read, the conversations already shown stay.
  const [shown, setShown] = useState<ConversationPage | undefined>(undefined);
  useEffect(() => {
    if (page.value !== undefined) setShown(page.value);
  }, [page.value]);
  const overview = page.value ?? shown;
  return (
    <AllProfileNames space={space}>
      <div className="messages-screen">
        <PageHeading>{t("list.title")}</PageHeading>
        {overview === undefined ? (
          <p aria-busy="true">{t("list.loading")}</p>
        ) : overview.total === 0 ? (
          <EmptyState title={t("list.empty.title")} description={t("list.empty.description")} />
        ) : (
          <>
            {overview.unchecked === 0 ? null : (
              <p className="messages-checking" role="status">
                {t("list.checking", { checked: format.count(overview.total - overview.unchecked), total: format.count(overview.total) })}
              </p>
            )}
            <ul className="messages-list" aria-label={t("list.label")}>
              <SlicedConversations views={overview.views} me={space.member.key} />
            </ul>
            {overview.views.length < overview.total ? (
              <Button onPress={() => setCount((shownCount) => shownCount + CONVERSATIONS_PER_PAGE)}>
                {t("list.older", { count: overview.total - overview.views.length })}
              </Button>
            ) : null}
          </>
        )}
        <StartConversation space={space} />
      </div>
    </AllProfileNames>
  );
}

/** Conversations the list adds per task (A11Y4): a row reads its unread count and names its members. */
const CONVERSATIONS_PER_SLICE = 10;

/**
 * The list's rows, built a slice per task, the newest first; each memoised, so a list read again
 * (a fresh device reads its conversations a slice at a time) renders only the rows that changed.
 */
function SlicedConversations({ views, me }: { readonly views: readonly ConversationView[]; readonly me: MemberKey }) {
  const built = useSlices(views.length, CONVERSATIONS_PER_SLICE);
  return views.slice(0, built).map((view) => <ConversationItem key={view.conversation.scope} view={view} me={me} />);
}

const ConversationItem = memo(function ConversationItem({ view, me }: { readonly view: ConversationView; readonly me: MemberKey }) {
  const t = useT("messages");
  const settings = useMessagesSettings(me);
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let shown = true;
    void Promise.all([settings.lastRead(view.conversation.scope), settings.blocked()]).then(([lastRead, blocked]) => {
      if (shown) setUnread(unreadMessages(view, me, lastRead, blocked).length);
    });
    return () => {
      shown = false;
    };
  }, [settings, view, me]);
  const label = useMemberLabel();
  const others = view.members.filter((member) => member !== me);
  const last = view.messages.at(-1);
  return (
    <li className="messages-item">
      <PlainLink href={conversationPath.href({ creator: view.conversation.creator, salt: view.conversation.salt })}>{others.length === 0 ? t("list.onlyYou") : others.map(label).join(", ")}</PlainLink>
      {unread > 0 ? <span className="messages-unread">{t("list.unread", { count: unread })}</span> : null}
      <p className="messages-last">{last === undefined ? t("list.noMessages") : last.deleted ? t("message.deleted") : last.text}</p>
    </li>
  );
});

/** Starting a conversation with members of any of the member's organisations. */
function StartConversation({ space }: { readonly space: MemberSpace }) {
  const t = useT("messages");
  const messages = useMessages(space);
  const { profiles } = useProfiles();
  const label = useMemberLabel();
  const [chosen, setChosen] = useState<readonly MemberKey[]>([]);
  const [problem, setProblem] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const members = [...profiles.members.values()].filter((member) => member.member !== space.member.key);
  const start = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const conversation = await messages.start(chosen);
      navigate(conversationPath.href({ creator: conversation.creator, salt: conversation.salt }));
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="messages-start" aria-labelledby="messages-start-heading">
      <h2 id="messages-start-heading">{t("start.title")}</h2>
      <p>{t("start.intro", { limit: MAX_CONVERSATION_MEMBERS })}</p>
      {members.length === 0 ? (
        <p>{t("start.nobody")}</p>
      ) : (
        <ul className="messages-choices">
          {members.map((member) => (
            <li key={member.member}>
              <Checkbox
                isDisabled={member.current === undefined}
                isSelected={chosen.includes(member.member)}
                onChange={(selected) => setChosen((list) => (selected ? [...list, member.member] : list.filter((one) => one !== member.member)))}
              >
                {member.current === undefined ? `${label(member.member)} (${t("start.noKey")})` : label(member.member)}
              </Checkbox>
            </li>
          ))}
        </ul>
      )}
      <Button variant="primary" isDisabled={chosen.length === 0 || busy} onPress={() => void start()}>
        {t("start.action")}
      </Button>
      {problem === undefined ? null : <Problem details={errorText(problem)}>{t("start.problem")}</Problem>}
    </section>
  );
}
