import type { ChatMessage, ReportNote } from "@chapterhouse/crdt/chat";
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { memo, useState, type ReactNode } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { MenuButton, type MenuAction } from "../../shared/ui/MenuButton.js";
import { TextArea } from "../../shared/ui/TextArea.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { HideDialog } from "./HideDialog.js";

/** The quick reactions offered on every message. */
export const QUICK_REACTIONS = Object.freeze(["👍", "❤️", "🎉"]);

/** What a member may do on a message; each undefined when they may not. */
export interface MessageActions {
  readonly react?: (target: RecordId, emoji: string, on: boolean) => Promise<unknown>;
  readonly reply?: (target: RecordId) => void;
  readonly pin?: (target: RecordId, on: boolean) => Promise<unknown>;
  readonly edit?: (target: RecordId, text: string) => Promise<unknown>;
  readonly remove?: (target: RecordId) => Promise<unknown>;
  readonly hide?: (target: RecordId, reason: string, hidden: boolean) => Promise<unknown>;
  readonly report?: (target: RecordId, reason: string) => Promise<unknown>;
}

/**
 * One message as the room shows it (PROTOCOL.md CH4–CH8): its sender and time, its text (or
 * "deleted", CH5.3; or the moderator's note and reason with "show anyway", CH8.2), edited mark and
 * earlier versions, quote, link cards, reactions, replies, the member's actions, and — to whoever
 * may hide it — what members reported of it (CH13.2), beside the hide. Memoised: a timeline built
 * in slices renders only the rows it adds.
 */
export const MessageItem = memo(function MessageItem({
  message,
  me,
  pinned,
  quoted,
  cards,
  actions,
  reports = [],
}: {
  readonly message: ChatMessage;
  readonly me: MemberKey;
  readonly pinned: boolean;
  /** The quoted message, when it is among those read. */
  readonly quoted: ChatMessage | undefined;
  readonly cards: ReactNode;
  readonly actions: MessageActions;
  /** Its valid reports (CH13.2): shown only with the hide, to a moderator. */
  readonly reports?: readonly ReportNote[];
}) {
  const t = useT("chat");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const [shown, setShown] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.text);
  const [hiding, setHiding] = useState(false);
  const [reporting, setReporting] = useState(false);
  const mine = message.author === me;
  const hidden = message.hidden !== null && !shown;
  const run = (action: Promise<unknown> | undefined) => void action?.catch(() => undefined);
  // One menu per message, its actions built on opening: a room screen shows 50 messages, and a
  // row of buttons on each made the first screen's render one long task.
  const menu: MenuAction[] = [
    ...(actions.react === undefined || message.deleted
      ? []
      : QUICK_REACTIONS.filter((emoji) => !message.reactions.some((r) => r.emoji === emoji && r.members.includes(me))).map((emoji) => ({ id: `react ${emoji}`, label: t("message.react", { emoji }) }))),
    ...(actions.reply === undefined ? [] : [{ id: "reply", label: t("message.reply") }]),
    ...(actions.pin === undefined ? [] : [{ id: "pin", label: pinned ? t("message.unpin") : t("message.pin") }]),
    ...(mine && !message.deleted && actions.edit !== undefined ? [{ id: "edit", label: t("message.edit") }] : []),
    ...(mine && !message.deleted && actions.remove !== undefined ? [{ id: "delete", label: t("message.delete"), tone: "danger" as const }] : []),
    ...(actions.hide === undefined ? [] : [{ id: "hide", label: message.hidden === null ? t("message.hide") : t("message.unhide") }]),
    ...(mine || message.deleted || actions.report === undefined ? [] : [{ id: "report", label: t("message.report") }]),
  ];
  const act = (id: string) => {
    if (id.startsWith("react ")) run(actions.react?.(message.id, id.slice("react ".length), true));
    else if (id === "reply") actions.reply?.(message.id);
    else if (id === "pin") run(actions.pin?.(message.id, !pinned));
    else if (id === "edit") setEditing(true);
    else if (id === "delete") run(actions.remove?.(message.id));
    else if (id === "hide" && message.hidden === null) setHiding(true);
    else if (id === "hide") run(actions.hide?.(message.id, message.hidden?.reason ?? "", false));
    else if (id === "report") setReporting(true);
  };
  return (
    <li className="chat-message" data-message={message.id} {...(message.mentions.includes(me) ? { "data-mentions-me": true } : {})}>
      <div className="chat-byline">
        <MemberName member={message.author} /> · {format.dateTime(message.at)}
        {message.edited && !message.deleted ? ` ${t("message.edited")}` : ""}
      </div>
      {message.hidden !== null ? (
        <p className="chat-hidden" role="note">
          {t("message.hidden", { moderator: labelOf(message.hidden.by), reason: message.hidden.reason })}{" "}
          <Button size="small" variant="quiet" onPress={() => setShown(!shown)}>
            {shown ? t("message.hideAgain") : t("message.showAnyway")}
          </Button>
        </p>
      ) : null}
      {hidden ? null : message.deleted ? (
        <p className="chat-message-text">{t("message.deleted")}</p>
      ) : editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void actions.edit?.(message.id, draft).then(() => setEditing(false), () => undefined);
          }}
        >
          <TextArea label={t("message.editLabel")} value={draft} onChange={setDraft} rows={2} />
          <Button type="submit" size="small" variant="primary">
            {t("message.save")}
          </Button>
          <Button size="small" onPress={() => setEditing(false)}>
            {t("message.cancel")}
          </Button>
        </form>
      ) : (
        <>
          {quoted === undefined || quoted.deleted || quoted.hidden !== null ? null : (
            <p className="chat-quote">{t("message.quote", { author: labelOf(quoted.author), text: quoted.text })}</p>
          )}
          <p className="chat-message-text">{message.text}</p>
          {cards}
          {message.edited ? (
            <details>
              <summary>{t("message.history")}</summary>
              <ol>
                {message.history.slice(0, -1).map((entry) => (
                  <li key={entry.id}>{entry.text}</li>
                ))}
              </ol>
            </details>
          ) : null}
        </>
      )}
      {message.reactions.length === 0 ? null : (
        <div className="chat-reactions">
          {message.reactions.map((reaction) => {
            const given = reaction.members.includes(me);
            return (
              <Button
                key={reaction.emoji}
                size="small"
                variant={given ? "secondary" : "quiet"}
                aria-pressed={given}
                aria-label={t("message.reactions", { emoji: reaction.emoji, count: reaction.members.length, members: reaction.members.map(labelOf).join(", ") })}
                {...(actions.react === undefined ? { isDisabled: true } : { onPress: () => run(actions.react?.(message.id, reaction.emoji, !given)) })}
              >
                {reaction.emoji} {format.count(reaction.members.length)}
              </Button>
            );
          })}
        </div>
      )}
      {actions.hide === undefined || reports.length === 0 ? null : (
        <p className="chat-reports" role="note">
          {t("message.reported", { count: reports.length, reasons: reports.map((entry) => `${labelOf(entry.by)}: ${entry.reason}`).join("; ") })}
        </p>
      )}
      <div className="chat-message-actions">
        {message.replies > 0 && actions.reply !== undefined ? (
          <Button size="small" variant="quiet" onPress={() => actions.reply?.(message.id)}>
            {t("message.replies", { count: message.replies })}
          </Button>
        ) : null}
        {menu.length === 0 ? null : <MenuButton label={t("message.actions")} actions={menu} onAction={act} />}
      </div>
      {/* Mounted only while open: a closed dialog on each of 50 rows is work the first screen does not need. */}
      {actions.hide === undefined || !hiding ? null : <HideDialog isOpen onOpenChange={setHiding} onHide={(reason) => actions.hide!(message.id, reason, true)} />}
      {actions.report === undefined || !reporting ? null : <HideDialog action="report" isOpen onOpenChange={setReporting} onHide={(reason) => actions.report!(message.id, reason)} />}
    </li>
  );
});
