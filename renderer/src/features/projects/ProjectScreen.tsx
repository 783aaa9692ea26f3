import { TASK_STATUSES, taskOverdue, type ChapterProject, type ProjectTask, type TaskFields, type TaskStatus } from "@chapterhouse/crdt/projects";
import type { ChapterId, DocumentUrl, MemberKey } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Dialog, DialogTrigger } from "../../shared/ui/Dialog.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { chapterSectionPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { proposalPath } from "../proposals/index.js";
import { useDecisionEntries } from "../votes/index.js";
import { PROJECTS_SECTION } from "./paths.js";
import { addTask, takePart, updateTask } from "./project-actions.js";
import { ProjectProgress } from "./ProjectProgress.js";
import { TaskForm } from "./TaskForm.js";
import { useProjectProblem } from "./use-project-problem.js";
import { todayDay } from "./today-day.js";
import { useProjects } from "./use-projects.js";
import "./projects.css";

/** The route's project. */
export interface ProjectRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly project: string;
}

/** One project (PROTOCOL.md PJ): what it is, who leads it and takes part, the decisions it comes from, and its tasks as a list or a board whose cards move by their buttons. */
export function ProjectScreen(route: ProjectRoute) {
  const t = useT("projects");
  return <RequireUnlocked title={t("project.title")}>{(space) => <ProjectOpen space={space} {...route} />}</RequireUnlocked>;
}

function ProjectOpen({ space, organisation, chapter, project: id }: ProjectRoute & { readonly space: MemberSpace }) {
  const t = useT("projects");
  const problemText = useProjectProblem();
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useProjects(session, chapter as ChapterId);
  const [shape, setShape] = useState<"list" | "board">("list");
  const [failure, setFailure] = useState<unknown>(undefined);
  const pending = organisationPending(view);
  const project = value?.projects.find((entry) => entry.id === id);
  const back = (
    <Link href={chapterSectionPath.href({ organisation, chapter, section: PROJECTS_SECTION })} variant="standalone">
      {t("project.back")}
    </Link>
  );
  if (pending !== undefined || session === undefined || view === undefined || value === undefined || project === undefined) {
    return (
      <div className="project-screen">
        <PageHeading>{t("project.title")}</PageHeading>
        <p aria-busy={value === undefined}>{pending ?? (value === undefined ? null : t("project.notFound"))}</p>
        {problem === undefined ? null : <Problem>{t("list.problem", { problem })}</Problem>}
        {back}
      </div>
    );
  }
  const me = space.member.key;
  const taking = project.members.includes(me);
  const act = (action: Promise<unknown>) => {
    setFailure(undefined);
    action.catch((error: unknown) => setFailure(error));
  };
  const move = (task: ProjectTask, status: TaskStatus) => act(updateTask(space, session, project, task, { title: task.title, description: task.description, assignee: task.assignee, due: task.due, status }));
  const edit = (task: ProjectTask, fields: TaskFields) => updateTask(space, session, project, task, fields);
  const today = todayDay(new Date());
  const mayEdit = (task: ProjectTask) => taking || task.author === me || task.assignee === me;
  return (
    <div className="project-screen">
      <PageHeading focusKey={project.id}>{project.title}</PageHeading>
      {project.description === "" ? null : <p>{project.description}</p>}
      <ProjectProgress project={project} />
      {value.refused > 0 ? <p className="projects-muted">{t("list.refused", { count: value.refused })}</p> : null}
      <ProjectFacts organisation={organisation} session={session} project={project} document={view.roster.chapters.get(project.chapter)?.document} />
      <div className="project-actions">
        {project.lead === me ? null : taking ? <Button onPress={() => act(takePart(space, session, project, false))}>{t("project.leave")}</Button> : <Button onPress={() => act(takePart(space, session, project, true))}>{t("project.join")}</Button>}
        {taking ? <NewTask project={project} onSubmit={(fields) => addTask(space, session, project, fields)} /> : <p>{t("project.takePartFirst")}</p>}
      </div>
      {failure === undefined ? null : <Problem>{problemText(failure)}</Problem>}
      <section aria-label={t("project.tasks")} className="project-tasks">
        <h2>{t("project.tasks")}</h2>
        <RadioGroup label={t("project.view")} orientation="horizontal" value={shape} onChange={(next) => setShape(next === "board" ? "board" : "list")} options={[{ id: "list", label: t("project.list") }, { id: "board", label: t("project.board") }]} />
        {project.tasks.length === 0 ? (
          <EmptyState headingLevel={3} title={t("project.noTasksTitle")} description={t("project.noTasks")} />
        ) : shape === "list" ? (
          <ul className="task-list" aria-label={t("project.tasksLabel", { title: project.title })}>
            {project.tasks.map((task) => (
              <TaskCard key={task.id} task={task} project={project} today={today} onMove={mayEdit(task) ? (status) => move(task, status) : undefined} onEdit={mayEdit(task) ? (fields) => edit(task, fields) : undefined} />
            ))}
          </ul>
        ) : (
          <div className="task-board">
            {TASK_STATUSES.map((status) => (
              <TaskColumn key={status} status={status} project={project} today={today} tasks={project.tasks.filter((task) => task.status === status)} onMove={(task, next) => (mayEdit(task) ? move(task, next) : undefined)} onEdit={edit} mayEdit={mayEdit} />
            ))}
          </div>
        )}
      </section>
      {back}
    </div>
  );
}

/** Who leads, who takes part, and the decisions the project comes from (each a link to its proposal). */
function ProjectFacts({ organisation, session, project, document }: { readonly organisation: string; readonly session: OpenOrganisation; readonly project: ChapterProject; readonly document: DocumentUrl | undefined }) {
  const t = useT("projects");
  const decisions = useDecisionEntries(session.url, document);
  const titleOf = (proposal: string) => decisions?.find((entry) => entry.proposal === proposal)?.title ?? t("project.decision");
  return (
    <DataList
      items={[
        { id: "lead", term: t("project.lead"), details: <MemberName member={project.lead} /> },
        { id: "members", term: t("project.members"), details: <MemberList members={project.members} /> },
        {
          id: "decisions",
          term: t("project.decisions"),
          details:
            project.decisions.length === 0 ? (
              t("project.noDecisions")
            ) : (
              <ul>
                {project.decisions.map((proposal) => (
                  <li key={proposal}>
                    <Link href={proposalPath.href({ organisation, chapter: project.chapter, proposal })}>{titleOf(proposal)}</Link>
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}

function MemberList({ members }: { readonly members: readonly MemberKey[] }) {
  return (
    <ul>
      {members.map((member) => (
        <li key={member}>
          <MemberName member={member} />
        </li>
      ))}
    </ul>
  );
}

/** A board column (PJ6.3): its status and count, and its cards. */
function TaskColumn({
  status,
  project,
  today,
  tasks,
  onMove,
  onEdit,
  mayEdit,
}: {
  readonly status: TaskStatus;
  readonly project: ChapterProject;
  readonly today: string;
  readonly tasks: readonly ProjectTask[];
  readonly onMove: (task: ProjectTask, status: TaskStatus) => void;
  readonly onEdit: (task: ProjectTask, fields: TaskFields) => Promise<unknown>;
  readonly mayEdit: (task: ProjectTask) => boolean;
}) {
  const t = useT("projects");
  const ids = useId();
  return (
    <section aria-labelledby={`${ids}-column`} className="task-column">
      <h3 id={`${ids}-column`}>{t("task.column", { status: t(`task.${status}`), count: tasks.length })}</h3>
      <ul aria-labelledby={`${ids}-column`}>
        {tasks.map((task) => (
          <TaskCard key={task.id} task={task} project={project} today={today} onMove={mayEdit(task) ? (next) => onMove(task, next) : undefined} onEdit={mayEdit(task) ? (fields) => onEdit(task, fields) : undefined} />
        ))}
      </ul>
    </section>
  );
}

/**
 * One task: its title, what it is, status, who does it and when it is due, marked when overdue
 * (PJ6.4); and, for who may edit it (PJ5.1), a button to move it to each other status and one to
 * edit the rest.
 */
function TaskCard({
  task,
  project,
  today,
  onMove,
  onEdit,
}: {
  readonly task: ProjectTask;
  readonly project: ChapterProject;
  readonly today: string;
  readonly onMove: ((status: TaskStatus) => void) | undefined;
  readonly onEdit: ((fields: TaskFields) => Promise<unknown>) | undefined;
}) {
  const t = useT("projects");
  const format = useFormat();
  const overdue = taskOverdue(task, today);
  return (
    <li>
      <article className="task-card" aria-label={task.title} {...(overdue ? { "data-overdue": true } : {})}>
        <h4>{task.title}</h4>
        {task.description === "" ? null : <p className="task-description">{task.description}</p>}
        <p className="task-actions">
          <StatusPill tone={task.status === "done" ? "success" : task.status === "doing" ? "info" : "neutral"}>{t(`task.${task.status}`)}</StatusPill>
          {overdue ? <StatusPill tone="danger">{t("task.overdue")}</StatusPill> : null}
          <span>{task.assignee === null ? t("task.nobody") : <MemberName member={task.assignee} />}</span>
          {/* A day, not an instant (PJ4): shown at noon UTC, the same day on every clock from UTC−12 to UTC+11. */}
          <span>{task.due === null ? t("task.noDue") : format.date(Date.parse(`${task.due}T12:00:00Z`))}</span>
        </p>
        {onMove === undefined ? null : (
          <div className="task-actions">
            {TASK_STATUSES.filter((status) => status !== task.status).map((status) => (
              <Button key={status} size="small" onPress={() => onMove(status)}>
                {t("task.moveTo", { status: t(`task.${status}`) })}
              </Button>
            ))}
          </div>
        )}
        {onEdit === undefined ? null : <EditTask project={project} task={task} onSubmit={onEdit} />}
      </article>
    </li>
  );
}

/** The Add a task button and its dialog. */
function NewTask({ project, onSubmit }: { readonly project: ChapterProject; readonly onSubmit: Parameters<typeof TaskForm>[0]["onSubmit"] }) {
  const t = useT("projects");
  const problemText = useProjectProblem();
  const [open, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button variant="primary">{t("task.add")}</Button>
      <Dialog title={t("task.addTitle", { project: project.title })}>
        <TaskForm members={project.members} problemText={problemText} onCancel={() => setOpen(false)} onSubmit={async (fields) => { await onSubmit(fields); setOpen(false); }} />
      </Dialog>
    </DialogTrigger>
  );
}

/** A task's Edit button and its dialog: title, description, assignee, due day and status (PJ5, PJ4.1). */
function EditTask({ project, task, onSubmit }: { readonly project: ChapterProject; readonly task: ProjectTask; readonly onSubmit: (fields: TaskFields) => Promise<unknown> }) {
  const t = useT("projects");
  const problemText = useProjectProblem();
  const [open, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button size="small" variant="quiet" aria-label={t("task.editLabel", { title: task.title })}>
        {t("task.edit")}
      </Button>
      <Dialog title={t("task.editTitle", { title: task.title })}>
        <TaskForm
          members={project.members}
          initial={task}
          problemText={problemText}
          onCancel={() => setOpen(false)}
          onSubmit={async (fields) => {
            await onSubmit(fields);
            setOpen(false);
          }}
        />
      </Dialog>
    </DialogTrigger>
  );
}
