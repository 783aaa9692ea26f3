import type { MemberKey, RecordId } from "@chapterhouse/crdt";
import { useId, useState, type FormEvent } from "react";
import { errorText } from "../../shared/ui/error-text.js";
import { memberLabel } from "../organisation/index.js";
import { useMemberNames } from "../organisation/index.js";
import { formatTime } from "./format-time.js";
import type { CommentEntry, ProposalDetail } from "@chapterhouse/crdt";

/** What the thread needs from the page. */
export interface CommentThreadProps {
  readonly detail: ProposalDetail;
  readonly me: MemberKey;
  readonly myName: string;
  /** Posts a comment or reply; rejects with a sentence. Undefined when the member cannot comment. */
  readonly onPost: ((text: string, replyTo: RecordId | null) => Promise<unknown>) | undefined;
}

const SIGNED_NOTE =
  "A comment is signed with your key and stays in the proposal's record: once posted it can't be unsigned, edited or deleted.";

/** The deliberation: comments in the order they were made, replies under what they answer. */
export function CommentThread({ detail, me, myName, onPost }: CommentThreadProps) {
  const ids = useId();
  const known = new Set(detail.comments.map((c) => c.id));
  const roots = detail.comments.filter((c) => c.replyTo === null || !known.has(c.replyTo));
  const versionNumber = new Map(detail.versions.map((v) => [v.id, v.n]));
  const context = { detail, me, myName, onPost, versionNumber };
  return (
    <section aria-labelledby={`${ids}-heading`} className="comments">
      <h2 id={`${ids}-heading`}>Comments</h2>
      {roots.length === 0 ? (
        <p className="empty-state">
          No comments yet.
          {onPost === undefined ? "" : " Ask a question or say what you think of the latest version."}
        </p>
      ) : (
        <ul className="comment-list" aria-label="Comments">
          {roots.map((comment) => (
            <Comment key={comment.id} comment={comment} {...context} />
          ))}
        </ul>
      )}
      {onPost === undefined ? (
        <p className="help">Members of the chapter can comment.</p>
      ) : (
        <CommentForm label="Your comment" submitText="Post comment" onPost={(text) => onPost(text, null)} />
      )}
    </section>
  );
}

function Comment({
  comment,
  detail,
  me,
  myName,
  onPost,
  versionNumber,
}: Omit<CommentThreadProps, "detail"> & {
  readonly comment: CommentEntry;
  readonly detail: ProposalDetail;
  readonly versionNumber: ReadonlyMap<RecordId, number>;
}) {
  const names = useMemberNames();
  const [replying, setReplying] = useState(false);
  const replies = detail.comments.filter((c) => c.replyTo === comment.id);
  const on =
    comment.version === null ? "on the draft" : `on version ${versionNumber.get(comment.version) ?? "?"}`;
  const author = memberLabel(comment.signer, me, myName, names);
  return (
    <li data-record={comment.id}>
      <article aria-label={`Comment by ${author}`}>
        <p className="muted">
          {author} · {formatTime(comment.at)} · {on}
        </p>
        <div className="comment-text">{comment.text}</div>
        {onPost === undefined ? null : (
          <button
            type="button"
            className="secondary small"
            aria-expanded={replying}
            onClick={() => setReplying((r) => !r)}
          >
            {replying ? "Cancel reply" : "Reply"}
          </button>
        )}
        {replying && onPost !== undefined ? (
          <CommentForm
            label={`Reply to ${author}`}
            submitText="Post reply"
            autoFocus
            onPost={async (text) => {
              await onPost(text, comment.id);
              setReplying(false);
            }}
          />
        ) : null}
      </article>
      {replies.length === 0 ? null : (
        <ul className="comment-list replies" aria-label={`Replies to ${author}`}>
          {replies.map((reply) => (
            <Comment
              key={reply.id}
              comment={reply}
              detail={detail}
              me={me}
              myName={myName}
              onPost={onPost}
              versionNumber={versionNumber}
            />
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
  const ids = useId();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (text.trim() === "") return setError("Write the comment first.");
    setError(undefined);
    setBusy(true);
    try {
      await onPost(text);
      setText("");
    } catch (problem) {
      setError(errorText(problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="comment-form">
      <div className="field">
        <label htmlFor={`${ids}-text`}>{label}</label>
        <textarea
          id={`${ids}-text`}
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${ids}-note${error === undefined ? "" : ` ${ids}-error`}`}
          aria-invalid={error === undefined ? undefined : true}
          autoFocus={autoFocus}
          disabled={busy}
        />
        <p id={`${ids}-note`} className="help">
          {SIGNED_NOTE}
        </p>
      </div>
      {error === undefined ? null : (
        <p id={`${ids}-error`} className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Signing…" : submitText}
        </button>
      </div>
    </form>
  );
}
