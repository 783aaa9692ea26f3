import type { ChatMessage } from "@chapterhouse/crdt/chat";
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { useState, type ReactNode } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
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
}

/**
 * One message as the room shows it (PROTOCOL.md CH4–CH8): its sender and time, its text (or
 * "deleted", CH5.3; or the moderator's note and reason with "show anyway", CH8.2), edited mark and
 * earlier versions, quote, link cards, reactions, replies, and the member's actions.
 */
export function MessageItem({
  message,
  me,
  pinned,
  quoted,
  cards,
  actions,
}: {
  readonly message: ChatMessage;
  readonly me: MemberKey;
  readonly pinned: boolean;
  /** The quoted message, when it is among those read. */
  readonly quoted: ChatMessage | undefined;
  readonly cards: ReactNode;
  readonly actions: MessageActions;
}) {
  const t = useT("chat");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const [shown, setShown] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.text);
  const [hiding, setHiding] = useState(false);
  const mine = message.author === me;
  const hidden = message.hidden !== null && !shown;
  const run = (action: Promise<unknown> | undefined) => void action?.catch(() => undefined);
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
      <div className="chat-message-actions" role="group" aria-label={t("message.actions")}>
        {actions.react === undefined || message.deleted
          ? null
          : QUICK_REACTIONS.filter((emoji) => !message.reactions.some((r) => r.emoji === emoji)).map((emoji) => (
              <Button key={emoji} size="small" variant="quiet" aria-label={t("message.react", { emoji })} onPress={() => run(actions.react?.(message.id, emoji, true))}>
                {emoji}
              </Button>
            ))}
        {actions.reply === undefined ? null : (
          <Button size="small" variant="quiet" onPress={() => actions.reply?.(message.id)}>
            {message.replies > 0 ? t("message.replies", { count: message.replies }) : t("message.reply")}
          </Button>
        )}
        {actions.pin === undefined ? null : (
          <Button size="small" variant="quiet" onPress={() => run(actions.pin?.(message.id, !pinned))}>
            {pinned ? t("message.unpin") : t("message.pin")}
          </Button>
        )}
        {mine && !message.deleted && actions.edit !== undefined ? (
          <Button size="small" variant="quiet" onPress={() => setEditing(true)}>
            {t("message.edit")}
          </Button>
        ) : null}
        {mine && !message.deleted && actions.remove !== undefined ? (
          <Button size="small" variant="quiet" onPress={() => run(actions.remove?.(message.id))}>
            {t("message.delete")}
          </Button>
        ) : null}
        {actions.hide === undefined ? null : message.hidden === null ? (
          <Button size="small" variant="quiet" onPress={() => setHiding(true)}>
            {t("message.hide")}
          </Button>
        ) : (
          <Button size="small" variant="quiet" onPress={() => run(actions.hide?.(message.id, message.hidden?.reason ?? "", false))}>
            {t("message.unhide")}
          </Button>
        )}
      </div>
      {actions.hide === undefined ? null : <HideDialog isOpen={hiding} onOpenChange={setHiding} onHide={(reason) => actions.hide!(message.id, reason, true)} />}
    </li>
  );
}
