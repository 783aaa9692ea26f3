import { MAX_HIDE_REASON_LENGTH } from "@chapterhouse/crdt/chat";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Dialog } from "../../shared/ui/Dialog.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { TextField } from "../../shared/ui/TextField.js";
import { useChatProblem } from "./use-chat-problem.js";

/** A moderator hides a message with a reason the members will see (PROTOCOL.md CH8). */
export function HideDialog({ isOpen, onOpenChange, onHide }: { readonly isOpen: boolean; readonly onOpenChange: (open: boolean) => void; readonly onHide: (reason: string) => Promise<unknown> }) {
  const t = useT("chat");
  const problemText = useChatProblem();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={t("hide.title")} isOpen={isOpen} onOpenChange={onOpenChange}>
      {(close) => (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            setBusy(true);
            onHide(reason).then(
              () => close(),
              (failure: unknown) => {
                setProblem(problemText(failure));
                setBusy(false);
              },
            );
          }}
        >
          <TextField label={t("hide.reason")} value={reason} onChange={setReason} multiline rows={3} limit={MAX_HIDE_REASON_LENGTH} isRequired autoFocus {...(problem === undefined ? {} : { errorMessage: problem })} />
          <FormActions>
            <Button onPress={close}>{t("hide.cancel")}</Button>
            <Button type="submit" variant="danger" isPending={busy}>
              {t("hide.confirm")}
            </Button>
          </FormActions>
        </Form>
      )}
    </Dialog>
  );
}
