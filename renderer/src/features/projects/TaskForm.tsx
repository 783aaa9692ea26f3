import { isDay, MAX_PROJECT_TITLE, MAX_TASK_DESCRIPTION, TASK_STATUSES, type ProjectTask, type TaskFields, type TaskStatus } from "@chapterhouse/crdt/projects";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { TextField } from "../../shared/ui/TextField.js";
import { useMemberLabel } from "../profiles/index.js";

/** "Nobody" in the assignee list (no member key is empty). */
const NOBODY = "";

/**
 * A task (PJ4, PJ4.1): its title, what it is, who does it (one of those taking part, or nobody
 * yet), its due day and status. With `initial`, it edits that task: a new version (PJ5).
 */
export function TaskForm({
  members,
  initial,
  onSubmit,
  onCancel,
  problemText,
}: {
  readonly members: readonly MemberKey[];
  readonly initial?: ProjectTask;
  readonly onSubmit: (fields: TaskFields) => Promise<unknown>;
  readonly onCancel: () => void;
  readonly problemText: (problem: unknown) => string;
}) {
  const t = useT("projects");
  const label = useMemberLabel();
  const [title, setTitle] = useState(initial?.title ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [assignee, setAssignee] = useState<string>(initial?.assignee ?? NOBODY);
  const [due, setDue] = useState(initial?.due ?? "");
  const [status, setStatus] = useState<TaskStatus>(initial?.status ?? "todo");
  // The current assignee stays choosable even when they no longer take part.
  const choosable = initial?.assignee === undefined || initial.assignee === null || members.includes(initial.assignee) ? members : [...members, initial.assignee];
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const dueProblem = due !== "" && !isDay(due) ? t("task.badDue") : undefined;
  return (
    <Form
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        if (busy || title.trim() === "" || dueProblem !== undefined) return;
        setBusy(true);
        setProblem(undefined);
        onSubmit({ title: title.trim(), description: description.trim(), assignee: assignee === NOBODY ? null : (assignee as MemberKey), due: due === "" ? null : due, status })
          .catch((error: unknown) => setProblem(problemText(error)))
          .finally(() => setBusy(false));
      }}
    >
      <TextField label={t("task.title")} value={title} onChange={setTitle} limit={MAX_PROJECT_TITLE} isRequired isDisabled={busy} autoFocus />
      <TextField label={t("task.description")} value={description} onChange={setDescription} limit={MAX_TASK_DESCRIPTION} multiline rows={3} optional isDisabled={busy} />
      <Select label={t("task.assignee")} options={[{ id: NOBODY, label: t("task.nobody") }, ...choosable.map((member) => ({ id: member, label: label(member) }))]} selectedKey={assignee} onSelectionChange={(key) => setAssignee(String(key))} isDisabled={busy} />
      <TextField label={t("task.due")} description={t("task.dueText")} type="date" value={due} onChange={setDue} optional isDisabled={busy} {...(dueProblem === undefined ? {} : { errorMessage: dueProblem })} />
      <Select label={t("task.status")} options={TASK_STATUSES.map((id) => ({ id, label: t(`task.${id}`) }))} selectedKey={status} onSelectionChange={(key) => setStatus(String(key) as TaskStatus)} isDisabled={busy} />
      {problem === undefined ? null : <Problem>{problem}</Problem>}
      <FormActions>
        <Button variant="quiet" onPress={onCancel} isDisabled={busy}>
          {t("task.cancel")}
        </Button>
        <Button type="submit" variant="primary" isPending={busy}>
          {initial === undefined ? t("task.submit") : t("task.save")}
        </Button>
      </FormActions>
    </Form>
  );
}
