import { MAX_MESSAGE_LENGTH, type ChatMessage } from "@chapterhouse/crdt/chat";
import type { ProposalId, RecordId } from "@chapterhouse/crdt/records";
import { useEffect, useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Select } from "../../shared/ui/Select.js";
import { TextField } from "../../shared/ui/TextField.js";
import { sendMessage, type RoomContext } from "../chat/index.js";
import { useMemberLabel } from "../profiles/index.js";
import { loadPostDraft, savePostDraft } from "./forum-local.js";
import { useForumProblem } from "./use-forum-problem.js";

/** Moves the keyboard to the composer, where a quote or a reply is written (keyboard users land there too). */
export function focusComposer(): void {
  document.querySelector<HTMLTextAreaElement>(".forum-composer textarea")?.focus();
}

/**
 * The composer of a discussion in posts (a forum topic, FO5; a current's discussion, CU5): Markdown
 * text whose draft survives a reload (device-local, by room), the post it quotes (CH4.3), the
 * thread it replies in (`reply`: CH4.2, a current's discussion; a topic's posts are its replies),
 * and a proposal it links to (CH4.4) when `proposals` has any.
 */
export function PostComposer({
  context,
  room,
  quote,
  onUnquote,
  reply,
  onUnreply,
  proposals,
}: {
  readonly context: RoomContext;
  /** The room posted in: its draft's key. */
  readonly room: RecordId;
  readonly quote: ChatMessage | undefined;
  readonly onUnquote: () => void;
  readonly reply?: ChatMessage | undefined;
  readonly onUnreply?: () => void;
  readonly proposals: readonly { readonly id: ProposalId; readonly title: string }[];
}) {
  const t = useT("forums");
  const { db } = useAppData();
  const labelOf = useMemberLabel();
  const problemText = useForumProblem();
  const [text, setText] = useState<string | undefined>(undefined);
  const [link, setLink] = useState<ProposalId | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // The draft survives a reload: read once, kept on every change (device-local).
  useEffect(() => {
    void loadPostDraft(db, room).then((draft) => setText((current) => current ?? draft));
  }, [db, room]);
  const change = (next: string) => {
    setText(next);
    void savePostDraft(db, room, next);
  };
  return (
    <div className="forum-composer">
      <Form
        aria-label={t("composer.label")}
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setProblem(undefined);
          sendMessage(context, {
            text: text ?? "",
            root: reply?.id ?? null,
            quote: quote?.id ?? null,
            links: link === undefined ? [] : [{ kind: "proposal", id: link }],
          }).then(
            async () => {
              await savePostDraft(db, room, "");
              setText("");
              setLink(undefined);
              onUnquote();
              onUnreply?.();
              setBusy(false);
            },
            (failure: unknown) => {
              setProblem(problemText(failure));
              setBusy(false);
            },
          );
        }}
      >
        {reply === undefined ? null : (
          <p className="forum-quoting">
            {t("composer.replying", { author: labelOf(reply.author) })}{" "}
            <Button size="small" variant="quiet" onPress={() => onUnreply?.()}>
              {t("composer.unreply")}
            </Button>
          </p>
        )}
        {quote === undefined ? null : (
          <p className="forum-quoting">
            {t("composer.quoting", { author: labelOf(quote.author) })}{" "}
            <Button size="small" variant="quiet" onPress={onUnquote}>
              {t("composer.unquote")}
            </Button>
          </p>
        )}
        <TextField
          label={t("composer.label")}
          description={t("topic.markdown")}
          value={text ?? ""}
          onChange={change}
          multiline
          rows={5}
          limit={MAX_MESSAGE_LENGTH}
          {...(problem === undefined ? {} : { errorMessage: problem })}
        />
        {proposals.length === 0 ? null : (
          <Select
            label={t("composer.link")}
            optional
            options={proposals.map((entry) => ({ id: entry.id, label: entry.title }))}
            selectedKey={link ?? null}
            onSelectionChange={(key) => setLink(key === null ? undefined : (String(key) as ProposalId))}
          />
        )}
        <FormActions>
          <Button type="submit" variant="primary" isPending={busy}>
            {t("composer.post")}
          </Button>
        </FormActions>
      </Form>
    </div>
  );
}
