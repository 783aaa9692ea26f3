import type { ChatMessage } from "@chapterhouse/crdt/chat";
import type { RecordId } from "@chapterhouse/crdt/records";
import { useId, type ComponentProps, type ReactNode } from "react";
import type { RoomAnswer } from "../../shared/worker/room-answer.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { PostItem, type PostActions } from "./PostItem.js";

/** What the thread says, in the words of where it stands (a topic, a post's comments, a current's discussion). */
export interface ThreadWords {
  readonly heading: string;
  /** The button that shows older posts. */
  readonly older: string;
  readonly emptyTitle: string;
  readonly empty: string;
}

/**
 * The posts of a room shown on a page of their own (a forum topic, a post's comments, a current's
 * discussion; PROTOCOL.md FO5, BL5, CU5), oldest first, each with the post it quotes: older posts
 * on request while the pages read hold more or a page before them is not read (CH9.5); what the
 * room's pages could not verify, if anything (`note`); said so when there are none.
 */
export function PostThread({
  room,
  shown,
  hasOlder,
  onOlder,
  words,
  lede,
  note,
  className,
  me,
  place,
  actions,
}: {
  readonly room: Pick<RoomAnswer, "timeline" | "reports">;
  readonly shown: readonly ChatMessage[];
  readonly hasOlder: boolean;
  readonly onOlder: () => void;
  readonly words: ThreadWords;
  /** What the thread is for, under its heading. */
  readonly lede?: ReactNode;
  readonly note?: ReactNode;
  /** The list's class, for its page's layout. */
  readonly className: string;
  readonly me: ComponentProps<typeof PostItem>["me"];
  readonly place: ComponentProps<typeof PostItem>["place"];
  readonly actions: PostActions;
}) {
  const ids = useId();
  const byId = new Map<RecordId, ChatMessage>(room.timeline.messages.map((m) => [m.id, m]));
  return (
    <section aria-labelledby={`${ids}-posts`}>
      <h2 id={`${ids}-posts`}>{words.heading}</h2>
      {lede}
      {hasOlder ? <Button onPress={onOlder}>{words.older}</Button> : null}
      {note}
      {shown.length === 0 ? (
        <EmptyState headingLevel={3} title={words.emptyTitle} description={words.empty} />
      ) : (
        <ul className={className} aria-label={words.heading}>
          {shown.map((post) => (
            <PostItem
              key={post.id}
              post={post}
              quoted={post.quote === null ? undefined : byId.get(post.quote)}
              reports={room.reports.get(post.id) ?? []}
              me={me}
              place={place}
              actions={actions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
