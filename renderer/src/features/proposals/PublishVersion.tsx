import type { DocHandle } from "@automerge/automerge-repo";
import { useState, type FormEvent } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Dialog, DialogTrigger } from "../../shared/ui/Dialog.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { TextArea } from "../../shared/ui/TextArea.js";
import { draftOf } from "./draft-text.js";
import { optionLines, optionsFromLines } from "./option-lines.js";
import { signVersion, type ProposalContext } from "./proposal-actions.js";
import type { ProposalDetail } from "@chapterhouse/crdt/proposals";
import { useProposalAction } from "./use-proposal-action.js";

/**
 * Publishing the draft as the next version (PROTOCOL.md P3: a signed version), by the author or a
 * facilitator: a button, and a dialog with the options (one per line, for a vote between options)
 * and what publishing means. Says so once the version is published.
 */
export function PublishVersion({ context, detail, handle }: { readonly context: ProposalContext; readonly detail: ProposalDetail; readonly handle: DocHandle<unknown> }) {
  const t = useT("proposals");
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [published, setPublished] = useState<number | undefined>(undefined);
  const latest = detail.versions.at(-1);
  const next = (latest?.n ?? 0) + 1;
  const label = t("publish.button", { n: format.count(next) });
  return (
    <div className="publish-version">
      <DialogTrigger isOpen={open} onOpenChange={setOpen}>
        <Button variant="primary">{label}</Button>
        <Dialog title={label}>
          <PublishForm
            context={context}
            detail={detail}
            handle={handle}
            next={next}
            onPublished={() => {
              setPublished(next);
              setOpen(false);
            }}
            onCancel={() => setOpen(false)}
          />
        </Dialog>
      </DialogTrigger>
      <p role="status" className="publish-status">
        {published !== undefined && published === latest?.n ? t("publish.done", { n: format.count(published) }) : null}
      </p>
    </div>
  );
}

function PublishForm({
  context,
  detail,
  handle,
  next,
  onPublished,
  onCancel,
}: {
  readonly context: ProposalContext;
  readonly detail: ProposalDetail;
  readonly handle: DocHandle<unknown>;
  readonly next: number;
  readonly onPublished: () => void;
  readonly onCancel: () => void;
}) {
  const t = useT("proposals");
  const format = useFormat();
  const previous = detail.versions.at(-1)?.options ?? [];
  const [options, setOptions] = useState(() => optionLines(previous));
  const action = useProposalAction({ keepBusy: true });
  const { busy, problem } = action;
  const submit = (event: FormEvent<HTMLFormElement>) =>
    action.submit(event, () => signVersion(context, { text: draftOf(handle.doc()), options: optionsFromLines(options, previous) }), onPublished);

  return (
    <Form onSubmit={(event) => void submit(event)}>
      <p>{t("publish.explain", { n: format.count(next) })}</p>
      <TextArea label={t("publish.options")} description={t("publish.optionsHelp")} optional rows={4} value={options} onChange={setOptions} isDisabled={busy} />
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <FormActions>
        <Button type="submit" variant="primary" isPending={busy}>
          {t("publish.confirm", { n: format.count(next) })}
        </Button>
        <Button onPress={onCancel} isDisabled={busy}>
          {t("publish.cancel")}
        </Button>
      </FormActions>
    </Form>
  );
}
