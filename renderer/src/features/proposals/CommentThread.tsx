import { MAX_COMMENT_LENGTH, type CommentEntry, type ProposalDetail } from "@chapterhouse/crdt/proposals";
import type { RecordId } from "@chapterhouse/crdt/records";
import { useId, useState, type FormEvent } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { TextArea } from "../../shared/ui/TextArea.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { useProposalAction } from "./use-proposal-action.js";

/** What the thread needs from the page. */
export interface CommentThreadProps {
  readonly detail: ProposalDetail;
  /** Posts a comment or reply; rejects with the reason. Undefined when the member cannot comment. */
  readonly onPost: ((text: string, replyTo: RecordId | null) => Promise<unknown>) | undefined;
}

/** The deliberation: comments in the order they were made, replies under what they answer, and the form to add one. */
export function CommentThread({ detail, onPost }: CommentThreadProps) {
  const t = useT("proposals");
  const ids = useId();
  const known = new Set(detail.comments.map((c) => c.id));
  const roots = detail.comments.filter((c) => c.replyTo === null || !known.has(c.replyTo));
  const versionNumber = new Map(detail.versions.map((v) => [v.id, v.n]));
  const context = { detail, onPost, versionNumber };
  return (
    <section aria-labelledby={`${ids}-heading`} className="comments">
      <h2 id={`${ids}-heading`}>{t("comments.heading")}</h2>
      {roots.length === 0 ? (
        <EmptyState headingLevel={3} title={t("comments.emptyTitle")} description={onPost === undefined ? t("comments.emptyOther") : t("comments.emptyMember")} />
      ) : (
        <ul className="comment-list" aria-label={t("comments.heading")}>
          {roots.map((comment) => (
            <Comment key={comment.id} comment={comment} {...context} />
          ))}
        </ul>
      )}
      {onPost === undefined ? (
        <p className="comments-help">{t("comments.membersOnly")}</p>
      ) : (
        <CommentForm label={t("comments.yours")} submitText={t("comments.post")} onPost={(text) => onPost(text, null)} />
      )}
    </section>
  );
}

function Comment({
  comment,
  detail,
  onPost,
  versionNumber,
}: CommentThreadProps & { readonly comment: CommentEntry; readonly versionNumber: ReadonlyMap<RecordId, number> }) {
  const t = useT("proposals");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const [replying, setReplying] = useState(false);
  const replies = detail.comments.filter((c) => c.replyTo === comment.id);
  const version = comment.version === null ? undefined : versionNumber.get(comment.version);
  const on = comment.version === null ? t("comments.onDraft") : t("comments.onVersion", { n: version === undefined ? "?" : format.count(version) });
  const author = labelOf(comment.signer);
  return (
    <li data-record={comment.id}>
      <article aria-label={t("comments.by", { author })} className="comment">
        <p className="comment-byline">
          <strong>
            <MemberName member={comment.signer} />
          </strong> <span>{format.dateTime(comment.at)}</span> <span>{on}</span>
        </p>
        <div className="comment-text">{comment.text}</div>
        {onPost === undefined ? null : (
          <Button variant="quiet" size="small" aria-expanded={replying} onPress={() => setReplying((r) => !r)}>
            {replying ? t("comments.cancelReply") : t("comments.reply")}
          </Button>
        )}
        {replying && onPost !== undefined ? (
          <CommentForm
            label={t("comments.replyTo", { author })}
            submitText={t("comments.postReply")}
            autoFocus
            onPost={async (text) => {
              await onPost(text, comment.id);
              setReplying(false);
            }}
          />
        ) : null}
      </article>
      {replies.length === 0 ? null : (
        <ul className="comment-list replies" aria-label={t("comments.repliesTo", { author })}>
          {replies.map((reply) => (
            <Comment key={reply.id} comment={reply} detail={detail} onPost={onPost} versionNumber={versionNumber} />
          ))}
        </ul>
      )}
    </li>
  );
}

function CommentForm({
  label,
  submitText,
  onPost,
  autoFocus = false,
}: {
  readonly label: string;
  readonly submitText: string;
  readonly onPost: (text: string) => Promise<unknown>;
  readonly autoFocus?: boolean;
}) {
  const t = useT("proposals");
  const [text, setText] = useState("");
  const action = useProposalAction();
  const { busy, problem } = action;
  const submit = (event: FormEvent<HTMLFormElement>) => action.submit(event, () => onPost(text), () => setText(""));

  return (
    <Form onSubmit={(event) => void submit(event)}>
      <TextArea
        label={label}
        description={t("comments.permanent")}
        limit={MAX_COMMENT_LENGTH}
        rows={3}
        value={text}
        onChange={setText}
        validate={(value) => (value.trim() === "" ? t("comments.empty") : null)}
        autoFocus={autoFocus}
        isDisabled={busy}
      />
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <FormActions>
        <Button type="submit" variant="primary" isPending={busy}>
          {submitText}
        </Button>
      </FormActions>
    </Form>
  );
}
