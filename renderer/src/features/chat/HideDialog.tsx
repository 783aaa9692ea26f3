import { MAX_HIDE_REASON_LENGTH } from "@chapterhouse/crdt/chat";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Dialog } from "../../shared/ui/Dialog.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { TextField } from "../../shared/ui/TextField.js";
import { useChatProblem } from "./use-chat-problem.js";

/**
 * Asks for the reason the members will see: a moderator hiding a message (PROTOCOL.md CH8), or,
 * with `action` "report", a member reporting one to the moderators (CH13).
 */
export function HideDialog({
  isOpen,
  onOpenChange,
  onHide,
  action = "hide",
  title,
}: {
  readonly isOpen: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly onHide: (reason: string) => Promise<unknown>;
  readonly action?: "hide" | "report";
  /** The dialog's title when the item is no message (a resource, RS9). */
  readonly title?: string;
}) {
  const t = useT("chat");
  const words =
    action === "hide"
      ? { title: t("hide.title"), reason: t("hide.reason"), confirm: t("hide.confirm"), cancel: t("hide.cancel") }
      : { title: t("report.title"), reason: t("report.reason"), confirm: t("report.confirm"), cancel: t("report.cancel") };
  const problemText = useChatProblem();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={title ?? words.title} isOpen={isOpen} onOpenChange={onOpenChange}>
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
          <TextField label={words.reason} value={reason} onChange={setReason} multiline rows={3} limit={MAX_HIDE_REASON_LENGTH} isRequired autoFocus {...(problem === undefined ? {} : { errorMessage: problem })} />
          <FormActions>
            <Button onPress={close}>{words.cancel}</Button>
            <Button type="submit" variant={action === "hide" ? "danger" : "primary"} isPending={busy}>
              {words.confirm}
            </Button>
          </FormActions>
        </Form>
      )}
    </Dialog>
  );
}
