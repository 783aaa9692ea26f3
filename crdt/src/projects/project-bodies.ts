/**
 * The bodies of the project kinds (PROTOCOL.md PJ2–PJ5) and their one validator: a project with
 * the decisions it comes from, a member taking part or not, a task and a task's new version.
 * `parseProjectBody` never throws.
 */
import { isObject, type CanonicalValue } from "../records/canonical.js";
import type { ChapterId, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { booleanProblem } from "../membership/body-fields.js";
import { plainTextProblem } from "../chat/chat-bodies.js";
import { firstProblem, idListProblem, idProblem, membersProblem, oneOfProblem, textProblem, type BodyObject } from "../proposals/field-checks.js";

/** Longest title of a project or a task (PJ2, PJ4, as RS1.1). */
export const MAX_PROJECT_TITLE = 200;
/** Longest description of a project (PJ2). */
export const MAX_PROJECT_DESCRIPTION = 10_000;
/** Most decisions a project links (PJ2). */
export const MAX_PROJECT_DECISIONS = 16;
/** A task's statuses, in the board's order (PJ4, PJ6.3). */
export const TASK_STATUSES = Object.freeze(["todo", "doing", "done"] as const);
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** `project` (PJ2): its signer is the lead. */
export interface ProjectBody {
  readonly kind: "project";
  readonly chapter: ChapterId;
  readonly title: string;
  readonly description: string;
  /** Proposal ids, sorted without repeats. */
  readonly decisions: readonly ProposalId[];
}

/** `project-member` (PJ3): the signer takes part in `project`, or no longer does. */
export interface ProjectMemberBody {
  readonly kind: "project-member";
  readonly project: RecordId;
  readonly taking: boolean;
}

/** Longest description of a task (PJ4.1). */
export const MAX_TASK_DESCRIPTION = 5_000;

/** What a task says, the same in a `task` and each `task-update` (PJ4). */
export interface TaskFields {
  readonly title: string;
  /** Left out of a body when empty (PJ4.1), so a task without one is signed as before. */
  readonly description?: string;
  readonly assignee: MemberKey | null;
  /** A day, `YYYY-MM-DD`, or null. */
  readonly due: string | null;
  readonly status: TaskStatus;
}

/** `task` (PJ4). */
export interface TaskBody extends TaskFields {
  readonly kind: "task";
  readonly project: RecordId;
}

/** `task-update` (PJ5): a whole new version of `task`. */
export interface TaskUpdateBody extends TaskFields {
  readonly kind: "task-update";
  readonly task: RecordId;
}

export type ProjectRecordBody = ProjectBody | ProjectMemberBody | TaskBody | TaskUpdateBody;
export type ProjectKind = ProjectRecordBody["kind"];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a day `YYYY-MM-DD` of the proleptic Gregorian calendar (PJ4). */
export function isDay(value: CanonicalValue | undefined): value is string {
  const match = typeof value === "string" ? DAY.exec(value) : null;
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function taskFieldsProblem(fields: BodyObject): string | undefined {
  const { assignee, due } = fields;
  return firstProblem(
    plainTextProblem("title", fields["title"], MAX_PROJECT_TITLE, false),
    assignee === null ? undefined : idProblem("assignee", assignee),
    due === null || isDay(due) ? undefined : "due is neither null nor a day YYYY-MM-DD",
    "description" in fields ? textProblem("description", fields["description"], 1, MAX_TASK_DESCRIPTION) : undefined,
    oneOfProblem("status", fields["status"], TASK_STATUSES),
  );
}

function bodyProblem(kind: ProjectKind, body: CanonicalValue): string | undefined {
  const names = { project: ["chapter", "title", "description", "decisions"], "project-member": ["project", "taking"], task: ["project", "title", "assignee", "due", "status"], "task-update": ["task", "title", "assignee", "due", "status"] }[kind];
  // PJ4.1: a task and its versions may carry a description, as one more member.
  const described = (kind === "task" || kind === "task-update") && isObject(body) && "description" in body;
  const shape = membersProblem(body, described ? [...names, "description"] : names);
  if (shape !== undefined) return shape;
  const fields = body as BodyObject;
  switch (kind) {
    case "project":
      return firstProblem(
        idProblem("chapter", fields["chapter"]),
        plainTextProblem("title", fields["title"], MAX_PROJECT_TITLE, false),
        textProblem("description", fields["description"], 0, MAX_PROJECT_DESCRIPTION),
        idListProblem("decisions", fields["decisions"], 0, MAX_PROJECT_DECISIONS),
      );
    case "project-member":
      return firstProblem(idProblem("project", fields["project"]), booleanProblem("taking", fields["taking"]));
    case "task":
      return firstProblem(idProblem("project", fields["project"]), taskFieldsProblem(fields));
    case "task-update":
      return firstProblem(idProblem("task", fields["task"]), taskFieldsProblem(fields));
  }
}

/** Parses the body of a project record (PJ2–PJ5): the validator of each kind of projects/kinds.ts. Never throws. */
export function parseProjectBody<K extends ProjectKind>(kind: K, body: CanonicalValue): BodyParse<Extract<ProjectRecordBody, { readonly kind: K }>> {
  const problem = bodyProblem(kind, body);
  return problem === undefined ? { ok: true, body: { kind, ...(body as object) } as Extract<ProjectRecordBody, { readonly kind: K }> } : { ok: false, problem };
}
