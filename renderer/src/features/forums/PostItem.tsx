import type { ChatMessage, ReportNote } from "@chapterhouse/crdt/chat";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { useState, type ReactNode } from "react";
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
  /** Answers the post in its thread (CH4.2): offered on a post that starts one. */
  readonly reply?: (post: ChatMessage) => void;
  readonly hide?: (target: RecordId, reason: string, hidden: boolean) => Promise<unknown>;
  readonly report?: (target: RecordId, reason: string) => Promise<unknown>;
}

/**
 * One post of a topic (PROTOCOL.md FO5): its author and time, its Markdown (sanitised), the post
 * it quotes, its links to proposals; hidden by a moderator, the moderator's note and reason with
 * the post on request (CH8.2, FO5.4); deleted, said so; its reports to whoever may hide it (CH13);
 * and the replies of its thread (CH4.2), given already rendered, beneath it.
 */
export function PostItem({
  post,
  quoted,
  actions,
  reports,
  me,
  place,
  replies,
}: {
  readonly post: ChatMessage;
  readonly quoted: ChatMessage | undefined;
  readonly actions: PostActions;
  /** Its reports (CH13.2), shown to whoever may hide it. */
  readonly reports: readonly ReportNote[];
  readonly me: MemberKey;
  readonly place: {
    readonly space: MemberSpace;
    readonly session: OpenOrganisation;
    readonly organisation: string;
    readonly chapter: ChapterId;
  };
  /** The replies in its thread, as a list of posts (none for a topic's posts). */
  readonly replies?: ReactNode;
}) {
  const t = useT("forums");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const [shown, setShown] = useState(false);
  const [hiding, setHiding] = useState(false);
  const [reporting, setReporting] = useState(false);
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
      {actions.hide === undefined || reports.length === 0 ? null : (
        <p className="forum-reports" role="note">
          {t("post.reported", { count: reports.length, reasons: reports.map((entry) => `${labelOf(entry.by)}: ${entry.reason}`).join("; ") })}
        </p>
      )}
      <div className="forum-post-actions">
        {actions.reply === undefined || post.deleted || post.hidden !== null ? null : (
          <Button size="small" onPress={() => actions.reply?.(post)}>
            {t("post.reply")}
          </Button>
        )}
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
        {actions.report === undefined || post.author === me || post.deleted ? null : (
          <Button size="small" variant="quiet" onPress={() => setReporting(true)}>
            {t("post.report")}
          </Button>
        )}
      </div>
      {actions.report === undefined ? null : (
        <HideDialog action="report" isOpen={reporting} onOpenChange={setReporting} onHide={(reason) => actions.report!(post.id, reason)} />
      )}
      {actions.hide === undefined ? null : (
        <HideDialog
          isOpen={hiding}
          onOpenChange={setHiding}
          onHide={(reason) => actions.hide!(post.id, reason, true)}
        />
      )}
      {replies}
    </li>
  );
}
