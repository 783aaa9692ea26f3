import type { AmendmentChange, VersionEntry } from "@chapterhouse/crdt/proposals";
import { useState, type FormEvent } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Dialog, DialogTrigger } from "../../shared/ui/Dialog.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { TextArea } from "../../shared/ui/TextArea.js";
import { TextField } from "../../shared/ui/TextField.js";
import { optionsFromLines } from "./option-lines.js";
import { useProposalProblem } from "./use-proposal-problem.js";

/** An option's label is 1–200 characters (PROTOCOL.md P3), a reason 0–2,000 (P5). */
const LABEL_LIMIT = 200;
const REASON_LIMIT = 2000;

/**
 * Proposing an amendment to the latest version (PROTOCOL.md P5): a button, and a dialog to change
 * its text or add an option, with the reason. The author accepts it into a new version or rejects
 * it; or the chapter votes on it. Says so once it is proposed.
 */
export function ProposeAmendment({ latest, onPropose }: { readonly latest: VersionEntry; readonly onPropose: (change: AmendmentChange, reason: string) => Promise<unknown> }) {
  const t = useT("proposals");
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <div className="propose-amendment">
      <DialogTrigger
        isOpen={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setDone(false);
        }}
      >
        <Button variant="secondary">{t("amend.button")}</Button>
        <Dialog title={t("amend.title", { n: format.count(latest.n) })}>
          <AmendmentForm
            latest={latest}
            onPropose={async (change, reason) => {
              await onPropose(change, reason);
              setDone(true);
              setOpen(false);
            }}
            onCancel={() => setOpen(false)}
          />
        </Dialog>
      </DialogTrigger>
      <p role="status" className="propose-status">
        {done ? t("amend.done") : null}
      </p>
    </div>
  );
}

function AmendmentForm({
  latest,
  onPropose,
  onCancel,
}: {
  readonly latest: VersionEntry;
  readonly onPropose: (change: AmendmentChange, reason: string) => Promise<void>;
  readonly onCancel: () => void;
}) {
  const t = useT("proposals");
  const format = useFormat();
  const problemText = useProposalProblem();
  const [type, setType] = useState<AmendmentChange["type"]>("text");
  const [text, setText] = useState(latest.text);
  const [label, setLabel] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  /** The option as the version would list it, its id distinct from the version's own (P5.1); undefined if the label is taken. */
  function newOption() {
    const option = optionsFromLines([...latest.options.map((o) => o.label), label].join("\n"), latest.options).at(-1);
    return option === undefined || option.label !== label.trim() ? undefined : option;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    let change: AmendmentChange;
    if (type === "text") {
      change = { type: "text", text };
    } else {
      const option = newOption();
      if (option === undefined) return setProblem(t("amend.optionTaken", { n: format.count(latest.n), option: label.trim() }));
      change = { type: "option", option };
    }
    setProblem(undefined);
    setBusy(true);
    try {
      await onPropose(change, reason.trim());
    } catch (failure) {
      setProblem(problemText(failure));
      setBusy(false);
    }
  }

  return (
    <Form onSubmit={(event) => void submit(event)}>
      <RadioGroup
        label={t("amend.what")}
        value={type}
        onChange={(value) => setType(value === "option" ? "option" : "text")}
        options={[
          { id: "text", label: t("amend.whatText") },
          { id: "option", label: t("amend.whatOption") },
        ]}
        isDisabled={busy}
      />
      {type === "text" ? (
        <TextArea label={t("amend.text")} rows={6} value={text} onChange={setText} isDisabled={busy} validate={(value) => (value.trim() === "" ? t("amend.textEmpty") : null)} />
      ) : (
        <TextField label={t("amend.option")} limit={LABEL_LIMIT} value={label} onChange={setLabel} isDisabled={busy} validate={(value) => (value.trim() === "" ? t("amend.optionEmpty") : null)} />
      )}
      <TextArea label={t("amend.reason")} description={t("amend.reasonHelp")} optional limit={REASON_LIMIT} rows={2} value={reason} onChange={setReason} isDisabled={busy} />
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <FormActions>
        <Button type="submit" variant="primary" isPending={busy}>
          {t("amend.submit")}
        </Button>
        <Button onPress={onCancel} isDisabled={busy}>
          {t("amend.cancel")}
        </Button>
      </FormActions>
    </Form>
  );
}
