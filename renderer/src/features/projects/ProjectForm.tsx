import { MAX_PROJECT_DESCRIPTION, MAX_PROJECT_TITLE, type ProjectBody } from "@chapterhouse/crdt/projects";
import type { ChapterId, DocumentUrl, ProposalId } from "@chapterhouse/crdt/records";
import { useState } from "react";
import type { BodyFields } from "@chapterhouse/crdt/kinds";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { Fieldset } from "../../shared/ui/Fieldset.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { TextField } from "../../shared/ui/TextField.js";
import { useDecisionEntries } from "../votes/index.js";

/** The new-project form (PJ2): title, what it is about, and the chapter's decisions it comes from. */
export function ProjectForm({ chapter, organisation, document, onSubmit, onCancel, problemText }: { readonly chapter: ChapterId; readonly organisation: DocumentUrl; readonly document: DocumentUrl; readonly onSubmit: (fields: BodyFields<ProjectBody>) => Promise<unknown>; readonly onCancel: () => void; readonly problemText: (problem: unknown) => string }) {
  const t = useT("projects");
  const decisions = useDecisionEntries(organisation, document);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [linked, setLinked] = useState<readonly ProposalId[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // One proposal may have several decision records (a vote closed on two devices): one box per proposal.
  const proposals = [...new Map((decisions ?? []).map((entry) => [entry.proposal, entry.title ?? t("project.decision")])).entries()];
  return (
    <Form
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        if (busy || title.trim() === "") return;
        setBusy(true);
        setProblem(undefined);
        onSubmit({ chapter, title: title.trim(), description: description.trim(), decisions: [...linked] })
          .catch((error: unknown) => setProblem(problemText(error)))
          .finally(() => setBusy(false));
      }}
    >
      <TextField label={t("form.title")} value={title} onChange={setTitle} limit={MAX_PROJECT_TITLE} isRequired isDisabled={busy} autoFocus />
      <TextField label={t("form.description")} value={description} onChange={setDescription} limit={MAX_PROJECT_DESCRIPTION} multiline rows={3} optional isDisabled={busy} />
      <Fieldset legend={t("form.decisions")}>
        {proposals.length === 0 ? (
          <p>{t("form.noDecisions")}</p>
        ) : (
          proposals.map(([proposal, name]) => (
            <Checkbox key={proposal} isSelected={linked.includes(proposal)} onChange={(on) => setLinked(on ? [...linked, proposal] : linked.filter((id) => id !== proposal))} isDisabled={busy}>
              {name}
            </Checkbox>
          ))
        )}
      </Fieldset>
      {problem === undefined ? null : <Problem>{problem}</Problem>}
      <FormActions>
        <Button variant="quiet" onPress={onCancel} isDisabled={busy}>
          {t("form.cancel")}
        </Button>
        <Button type="submit" variant="primary" isPending={busy}>
          {t("form.submit")}
        </Button>
      </FormActions>
    </Form>
  );
}
