import { collapseFloods } from "@chapterhouse/crdt/chat";
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { useState, type ReactNode } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { useMemberLabel } from "../profiles/index.js";
import "./chat.css";

/**
 * List items of `messages` (in display order) with each member's floods folded (PROTOCOL.md CH10.3):
 * past a burst, a run of one member's quick messages shows as one item ("12 more messages from
 * Bob") that opens on request. Every message stays; only the view folds. Rooms and conversations
 * show their messages through it.
 */
export function FoldedFloods<M extends { readonly id: RecordId; readonly author: MemberKey; readonly at: number }>({
  messages,
  item,
}: {
  readonly messages: readonly M[];
  /** A message's list item (keyed). */
  readonly item: (message: M) => ReactNode;
}) {
  const t = useT("chat");
  const labelOf = useMemberLabel();
  const [opened, setOpened] = useState<ReadonlySet<RecordId>>(new Set());
  return collapseFloods(messages).map((entry) =>
    entry.type === "message" ? (
      item(entry.message)
    ) : opened.has(entry.messages[0]!.id) ? (
      entry.messages.map(item)
    ) : (
      <li key={`flood ${entry.messages[0]!.id}`} className="chat-flood">
        {t("flood.more", { count: entry.messages.length, author: labelOf(entry.author) })}{" "}
        <Button size="small" onPress={() => setOpened(new Set([...opened, entry.messages[0]!.id]))}>
          {t("flood.show")}
        </Button>
      </li>
    ),
  );
}
