import { MAX_MESSAGE_LENGTH, type ChatMessage } from "@chapterhouse/crdt/chat";
import { conversationScope, type Conversation } from "@chapterhouse/crdt/conversations";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import { useT } from "../../shared/i18n/use-t.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { Button } from "../../shared/ui/Button.js";
import { errorText } from "../../shared/ui/error-text.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { TextArea } from "../../shared/ui/TextArea.js";
import { FoldedFloods } from "../chat/index.js";
import { RequireUnlocked, type MemberSpace } from "../organisation/index.js";
import { AllProfileNames, MemberName, ProfileNames, useMemberLabel, useProfiles } from "../profiles/index.js";
import type { ConversationView, EnvelopeProblem } from "./conversation-view.js";
import type { Messages } from "./messages.js";
import { messagesPath } from "./paths.js";
import { useMessages } from "./use-messages.js";
import { useMessagesSettings } from "./use-messages-settings.js";
import { isRoom, scopeOf, type PrivateThread } from "./private-thread.js";
import "./messages.css";

/** The conversation of `creator` and `salt` (PVC1), or undefined when they make no id. */
function conversationOf(creator: string, salt: string): Conversation | undefined {
  try {
    return { scope: conversationScope(creator as MemberKey, salt), creator: creator as MemberKey, salt };
  } catch {
    return undefined;
  }
}

/** One conversation: its messages, the send box, and its members. */
export function ConversationScreen({ creator, salt }: { readonly creator: string; readonly salt: string }) {
  const t = useT("messages");
  const conversation = useMemo(() => conversationOf(creator, salt), [creator, salt]);
  return (
    <RequireUnlocked title={t("conversation.title")}>
      {(space) => (conversation === undefined ? <Problem>{t("conversation.notFound")}</Problem> : <ConversationPage space={space} conversation={conversation} />)}
    </RequireUnlocked>
  );
}

function ConversationPage({ space, conversation }: { readonly space: MemberSpace; readonly conversation: Conversation }) {
  const t = useT("messages");
  const back = (
    <Link href={messagesPath.href()} variant="standalone">
      {t("conversation.back")}
    </Link>
  );
  return <PrivateThreadPage space={space} thread={conversation} heading={t("conversation.title")} back={back} />;
}

/** What the send box does next: a new message, a reply, or an edit of the member's own message. */
type Compose = { readonly type: "new" } | { readonly type: "reply"; readonly to: ChatMessage } | { readonly type: "edit"; readonly message: ChatMessage };

/** Where a private thread is shown: whose names it uses and who may be added, its heading and the way back. */
export interface PrivateThreadPlace {
  readonly space: MemberSpace;
  /** An invited room's organisation (its document's id), whose members' names and keys are used; none for a conversation, which uses every organisation of the member's. */
  readonly organisation?: string;
  readonly heading: string;
  readonly back: ReactNode;
  /** Who may be added (an invited room's chapter and the chapters below it, CH12.2); anyone with a key when not given. */
  readonly eligible?: (member: MemberKey) => boolean;
}

/** The names a private thread uses: its room's organisation's, or for a conversation every organisation's of the member. */
function Names({ space, organisation, children }: { readonly space: MemberSpace; readonly organisation: string | undefined; readonly children: ReactNode }) {
  return organisation === undefined ? <AllProfileNames space={space}>{children}</AllProfileNames> : <ProfileNames place={{ organisation }}>{children}</ProfileNames>;
}

/** A conversation's or an invited room's messages (PVC5, CH12.3), the send box, and its members. */
export function PrivateThreadPage({ space, thread: conversation, organisation, heading, back, eligible }: PrivateThreadPlace & { readonly thread: PrivateThread }) {
  const t = useT("messages");
  const messages = useMessages(space);
  const me = space.member.key;
  const settings = useMessagesSettings(me);
  const read = useQuery(useMemo(() => messages.conversationQuery(conversation), [messages, conversation]));
  const [blocked, setBlocked] = useState<ReadonlySet<MemberKey>>(new Set());
  const [showBlocked, setShowBlocked] = useState(false);
  useEffect(() => {
    let shown = true;
    void settings.blocked().then((set) => shown && setBlocked(set));
    return () => {
      shown = false;
    };
  }, [settings]);
  const view = read.value;
  useEffect(() => {
    const last = view?.messages.at(-1);
    if (last !== undefined) void settings.markRead(scopeOf(conversation), last.at);
  }, [settings, view, conversation]);
  const block = useCallback(
    async (member: MemberKey, on: boolean) => {
      await settings.setBlocked(member, on);
      setBlocked(await settings.blocked());
    },
    [settings],
  );
  const [compose, setCompose] = useState<Compose>({ type: "new" });
  const hidden = view?.messages.filter((message) => blocked.has(message.author)).length ?? 0;
  const shownMessages = view?.messages.filter((message) => showBlocked || !blocked.has(message.author)) ?? [];
  return (
    <Names space={space} organisation={organisation}>
      <div className="messages-screen">
        {back}
        <PageHeading>{heading}</PageHeading>
        {view === undefined ? (
          <p aria-busy="true">{t("list.loading")}</p>
        ) : (
          <>
            <ol className="messages-thread" aria-label={t("conversation.messages")}>
              <FoldedFloods
                messages={shownMessages}
                item={(message) => <MessageItem key={message.id} message={message} all={view.messages} me={me} onCompose={setCompose} messages={messages} conversation={conversation} />}
              />
              {view.problems.map((problem) => (
                <li key={problem.key}>
                  <ProblemLine problem={problem} />
                </li>
              ))}
            </ol>
            {view.messages.length === 0 && view.problems.length === 0 ? <p>{t("conversation.empty")}</p> : null}
            {hidden > 0 ? (
              <p>
                {t("conversation.hidden", { count: hidden })}{" "}
                <Button variant="quiet" size="small" onPress={() => setShowBlocked((on) => !on)}>
                  {showBlocked ? t("conversation.hideBlocked") : t("conversation.showBlocked")}
                </Button>
              </p>
            ) : null}
            <SendBox key={compose.type === "edit" ? compose.message.id : "send"} messages={messages} conversation={conversation} compose={compose} onDone={() => setCompose({ type: "new" })} />
            <MembersPanel space={space} view={view} messages={messages} blocked={blocked} onBlock={block} {...(eligible === undefined ? {} : { eligible })} />
          </>
        )}
      </div>
    </Names>
  );
}

/** The reaction offered on every message (CH6); others' reactions show and can be joined. */
const QUICK_REACTION = "👍";

function MessageItem({
  message,
  all,
  me,
  onCompose,
  messages,
  conversation,
}: {
  readonly message: ChatMessage;
  readonly all: readonly ChatMessage[];
  readonly me: MemberKey;
  readonly onCompose: (compose: Compose) => void;
  readonly messages: Messages;
  readonly conversation: PrivateThread;
}) {
  const t = useT("messages");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const [problem, setProblem] = useState<unknown>(undefined);
  const mine = message.author === me;
  const react = (emoji: string, on: boolean) => void messages.react(conversation, message.id, emoji, on).catch(setProblem);
  const quoted = message.quote === null ? undefined : all.find((one) => one.id === message.quote);
  return (
    <li className="messages-message">
      <span>
        <MemberName member={message.author} /> · <time dateTime={new Date(message.at).toISOString()}>{format.dateTime(message.at)}</time>
        {message.edited && !message.deleted ? ` · ${t("message.edited")}` : null}
      </span>
      {quoted === undefined ? null : (
        <blockquote className="messages-quote">{quoted.deleted ? t("message.deleted") : quoted.text}</blockquote>
      )}
      <p className="messages-text">{message.deleted ? t("message.deleted") : message.text}</p>
      {message.deleted ? null : (
        <div className="messages-actions">
          {message.reactions.map((reaction) => (
            <Button
              key={reaction.emoji}
              size="small"
              variant={reaction.members.includes(me) ? "secondary" : "quiet"}
              aria-label={t("message.reactions", { emoji: reaction.emoji, count: reaction.members.length, members: reaction.members.map(labelOf).join(", ") })}
              onPress={() => react(reaction.emoji, !reaction.members.includes(me))}
            >
              {`${reaction.emoji} ${reaction.members.length}`}
            </Button>
          ))}
          {message.reactions.some((reaction) => reaction.emoji === QUICK_REACTION) ? null : (
            <Button size="small" variant="quiet" onPress={() => react(QUICK_REACTION, true)}>
              {t("message.react", { emoji: QUICK_REACTION })}
            </Button>
          )}
          <Button size="small" variant="quiet" onPress={() => onCompose({ type: "reply", to: message })}>
            {t("message.reply")}
          </Button>
          {mine ? (
            <>
              <Button size="small" variant="quiet" onPress={() => onCompose({ type: "edit", message })}>
                {t("message.edit")}
              </Button>
              <Button size="small" variant="quiet" onPress={() => void messages.delete(conversation, message.id).catch(setProblem)}>
                {t("message.delete")}
              </Button>
            </>
          ) : null}
        </div>
      )}
      {problem === undefined ? null : <Problem details={errorText(problem)}>{t("message.problem")}</Problem>}
    </li>
  );
}

/** An envelope that gave no message, said plainly (PVC5.4). */
function ProblemLine({ problem }: { readonly problem: EnvelopeProblem }) {
  const t = useT("messages");
  if (problem.state === "unreadable") return <p>{t("problem.unreadable")}</p>;
  if (problem.state === "oversized") return <p>{t("problem.oversized", { limit: problem.limit })}</p>;
  if (problem.state === "invalid") return <p>{t("problem.invalid")}</p>;
  return <p>{t("problem.damaged")}</p>;
}

function SendBox({ messages, conversation, compose, onDone }: { readonly messages: Messages; readonly conversation: PrivateThread; readonly compose: Compose; readonly onDone: () => void }) {
  const t = useT("messages");
  const [text, setText] = useState(compose.type === "edit" ? compose.message.text : "");
  const [problem, setProblem] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      if (compose.type === "edit") await messages.edit(conversation, compose.message.id, text);
      else if (compose.type === "reply") await messages.send(conversation, text, { root: compose.to.root ?? compose.to.id, quote: compose.to.id });
      else await messages.send(conversation, text);
      setText("");
      onDone();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="messages-send"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {compose.type === "new" ? null : (
        <p>
          {compose.type === "reply" ? t("send.replying", { text: excerpt(compose.to.text) }) : t("send.editing")}{" "}
          <Button size="small" variant="quiet" onPress={onDone}>
            {t("send.cancel")}
          </Button>
        </p>
      )}
      <TextArea label={compose.type === "edit" ? t("send.editLabel") : t("send.label")} value={text} onChange={setText} limit={MAX_MESSAGE_LENGTH} rows={3} />
      <Button type="submit" variant="primary" isDisabled={busy || text.trim().length === 0 || text.length > MAX_MESSAGE_LENGTH}>
        {compose.type === "edit" ? t("send.save") : t("send.action")}
      </Button>
      {problem === undefined ? null : <Problem details={errorText(problem)}>{t("send.problem")}</Problem>}
    </form>
  );
}

function MembersPanel({
  space,
  view,
  messages,
  blocked,
  onBlock,
  eligible = () => true,
}: {
  readonly space: MemberSpace;
  readonly view: ConversationView<PrivateThread>;
  readonly messages: Messages;
  readonly blocked: ReadonlySet<MemberKey>;
  readonly onBlock: (member: MemberKey, on: boolean) => Promise<void>;
  readonly eligible?: (member: MemberKey) => boolean;
}) {
  const t = useT("messages");
  const me = space.member.key;
  const { profiles } = useProfiles();
  const [problem, setProblem] = useState<unknown>(undefined);
  const act = (action: Promise<unknown>) => void action.then(() => setProblem(undefined), setProblem);
  const addable = [...profiles.members.values()].filter((member) => member.current !== undefined && !view.members.includes(member.member) && eligible(member.member));
  return (
    <section aria-labelledby="messages-members-heading">
      <h2 id="messages-members-heading">{isRoom(view.conversation) ? t("members.roomTitle") : t("members.title")}</h2>
      <p>{isRoom(view.conversation) ? t("members.roomRemoval") : t("members.removal")}</p>
      <ul className="messages-members">
        {view.members.map((member) => (
          <li key={member}>
            <MemberName member={member} />
            {member === me ? null : (
              <span className="messages-actions">
                <Button size="small" variant="secondary" onPress={() => act(messages.removeMembers(view.conversation, [member]))}>
                  {t("members.remove")}
                </Button>
                <Button size="small" variant="quiet" onPress={() => act(onBlock(member, !blocked.has(member)))}>
                  {blocked.has(member) ? t("members.unblock") : t("members.block")}
                </Button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {addable.length === 0 ? null : (
        <>
          <h3>{t("members.add")}</h3>
          <ul className="messages-members">
            {addable.map((member) => (
              <li key={member.member}>
                <MemberName member={member.member} />{" "}
                <Button size="small" variant="secondary" onPress={() => act(messages.addMembers(view.conversation, [member.member]))}>
                  {t("members.addOne")}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {problem === undefined ? null : <Problem details={errorText(problem)}>{t("members.problem")}</Problem>}
    </section>
  );
}

/** The start of a text, for "replying to …". */
function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
