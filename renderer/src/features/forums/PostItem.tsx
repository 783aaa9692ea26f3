import type { ChatMessage } from "@chapterhouse/crdt/chat";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Markdown } from "../../shared/ui/Markdown.js";
import { HideDialog, LinkCards } from "../chat/index.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";

/** What a member may do on a post; each undefined when they may not. */
export interface PostActions {
  readonly quote?: (post: ChatMessage) => void;
  readonly hide?: (target: RecordId, reason: string, hidden: boolean) => Promise<unknown>;
}

/**
 * One post of a topic (PROTOCOL.md FO5): its author and time, its Markdown (sanitised), the post
 * it quotes, its links to proposals; hidden by a moderator, the moderator's note and reason with
 * the post on request (CH8.2, FO5.4); deleted, said so.
 */
export function PostItem({
  post,
  quoted,
  actions,
  place,
}: {
  readonly post: ChatMessage;
  readonly quoted: ChatMessage | undefined;
  readonly actions: PostActions;
  readonly place: {
    readonly space: MemberSpace;
    readonly session: OpenOrganisation;
    readonly organisation: string;
    readonly chapter: ChapterId;
  };
}) {
  const t = useT("forums");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const [shown, setShown] = useState(false);
  const [hiding, setHiding] = useState(false);
  const covered = post.hidden !== null && !shown;
  return (
    <li className="forum-post" data-post={post.id} {...(post.hidden === null ? {} : { "data-hidden": true })}>
      <div className="forum-post-meta">
        <MemberName member={post.author} /> · {format.dateTime(post.at)}
        {post.edited && !post.deleted ? ` ${t("post.edited")}` : ""}
      </div>
      {post.hidden === null ? null : (
        <p className="forum-hidden" role="note">
          {t("post.hidden", { moderator: labelOf(post.hidden.by), reason: post.hidden.reason })}{" "}
          <Button size="small" variant="quiet" onPress={() => setShown(!shown)}>
            {shown ? t("post.hideAgain") : t("post.showAnyway")}
          </Button>
        </p>
      )}
      {covered ? null : post.deleted ? (
        <p>{t("post.deleted")}</p>
      ) : (
        <>
          {quoted === undefined || quoted.deleted || quoted.hidden !== null ? null : (
            <blockquote
              className="forum-quote"
              aria-label={t("post.quoting", { author: labelOf(quoted.author) })}
            >
              <Markdown text={quoted.text} />
            </blockquote>
          )}
          <Markdown text={post.text} />
          <LinkCards
            links={post.links}
            space={place.space}
            session={place.session}
            organisation={place.organisation}
            chapter={place.chapter}
          />
        </>
      )}
      <div className="forum-post-actions">
        {actions.quote === undefined || post.deleted || post.hidden !== null ? null : (
          <Button size="small" onPress={() => actions.quote?.(post)}>
            {t("post.quote")}
          </Button>
        )}
        {actions.hide === undefined ? null : post.hidden === null ? (
          <Button size="small" variant="quiet" onPress={() => setHiding(true)}>
            {t("post.hide")}
          </Button>
        ) : (
          <Button
            size="small"
            variant="quiet"
            onPress={() =>
              void actions.hide?.(post.id, post.hidden?.reason ?? "", false).catch(() => undefined)
            }
          >
            {t("post.unhide")}
          </Button>
        )}
      </div>
      {actions.hide === undefined ? null : (
        <HideDialog
          isOpen={hiding}
          onOpenChange={setHiding}
          onHide={(reason) => actions.hide!(post.id, reason, true)}
        />
      )}
    </li>
  );
}
