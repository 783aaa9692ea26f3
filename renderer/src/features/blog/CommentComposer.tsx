import { MAX_MESSAGE_LENGTH } from "@chapterhouse/crdt/chat";
import type { RecordId } from "@chapterhouse/crdt/records";
import { useEffect, useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { TextField } from "../../shared/ui/TextField.js";
import { sendMessage, type RoomContext } from "../chat/index.js";
import { loadCommentDraft, saveCommentDraft } from "./blog-local.js";
import { useBlogProblem } from "./use-blog-problem.js";

/** Writing a comment on a post (BL5), its draft kept on the device. */
export function CommentComposer({ context, post }: { readonly context: RoomContext; readonly post: RecordId }) {
  const t = useT("blog");
  const { db } = useAppData();
  const problemText = useBlogProblem();
  const [text, setText] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    void loadCommentDraft(db, post).then((draft) => setText((current) => current ?? draft));
  }, [db, post]);
  return (
    <Form
      aria-label={t("comments.label")}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setProblem(undefined);
        sendMessage(context, { text: text ?? "" }).then(
          async () => {
            await saveCommentDraft(db, post, "");
            setText("");
            setBusy(false);
          },
          (failure: unknown) => {
            setProblem(problemText(failure));
            setBusy(false);
          },
        );
      }}
    >
      <TextField
        label={t("comments.label")}
        description={t("comments.markdown")}
        value={text ?? ""}
        onChange={(next) => {
          setText(next);
          void saveCommentDraft(db, post, next);
        }}
        multiline
        rows={4}
        limit={MAX_MESSAGE_LENGTH}
        {...(problem === undefined ? {} : { errorMessage: problem })}
      />
      <FormActions>
        <Button type="submit" variant="primary" isPending={busy}>
          {t("comments.post")}
        </Button>
      </FormActions>
    </Form>
  );
}
