/**
 * The project records to sign (PROTOCOL.md PJ2–PJ5), one builder per kind, each with the ids its
 * body names in `deps` (PJ1). `deps` carry what the caller cites besides: the signer's membership
 * (PJ1) and, for a task's new version, the versions it replaces (PJ5.2).
 */
import type { RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { ProjectBody, ProjectMemberBody, TaskBody, TaskUpdateBody } from "./project-bodies.js";

/** A `project` (PJ2), its decisions sorted without repeats. Never throws. */
export function projectDraft(fields: BodyFields<ProjectBody>, deps?: Iterable<RecordId>): RecordDraft<"project", BodyFields<ProjectBody>> {
  const decisions = [...new Set(fields.decisions)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { kind: "project", body: { ...fields, decisions }, deps: withNamed(deps, fields.chapter) };
}

/** A `project-member` (PJ3). Never throws. */
export function projectMemberDraft(fields: BodyFields<ProjectMemberBody>, deps?: Iterable<RecordId>): RecordDraft<"project-member", BodyFields<ProjectMemberBody>> {
  return { kind: "project-member", body: fields, deps: withNamed(deps, fields.project) };
}

/** The fields as signed: an empty description left out (PJ4.1). */
function described<F extends { readonly description?: string }>(fields: F): F {
  if (fields.description !== "") return fields;
  const { description: _empty, ...rest } = fields;
  return rest as F;
}

/** A `task` (PJ4). Never throws. */
export function taskDraft(fields: BodyFields<TaskBody>, deps?: Iterable<RecordId>): RecordDraft<"task", BodyFields<TaskBody>> {
  return { kind: "task", body: described(fields), deps: withNamed(deps, fields.project) };
}

/** A `task-update` (PJ5); `deps` should cite the versions it replaces (PJ5.2). Never throws. */
export function taskUpdateDraft(fields: BodyFields<TaskUpdateBody>, deps?: Iterable<RecordId>): RecordDraft<"task-update", BodyFields<TaskUpdateBody>> {
  return { kind: "task-update", body: described(fields), deps: withNamed(deps, fields.task) };
}
