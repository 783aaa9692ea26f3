/**
 * Signing and writing project records (PROTOCOL.md PJ2–PJ5) into a chapter's document, `projects`
 * map: each cites the member's membership (PJ1); a task or an edit also cites the member's latest
 * answer to the project (taking part counts as a record's causal past shows it, PJ3) and an edit the
 * versions it replaces (PJ5.2).
 */
import type { BodyFields } from "@chapterhouse/crdt/kinds";
import { depsWithFrontier, memberGrant } from "@chapterhouse/crdt/membership";
import { projectDraft, projectMemberDraft, taskDraft, taskUpdateDraft, type ChapterProject, type ProjectBody, type ProjectTask, type TaskFields } from "@chapterhouse/crdt/projects";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";

/** Why a project record was refused before signing, for the screen's words (`problems.<code>`). */
export class ProjectProblem extends Error {
  constructor(
    readonly code: "not-member",
    message: string,
  ) {
    super(message);
    this.name = "ProjectProblem";
  }
}

type Draft = Parameters<MemberSpace["signDraft"]>[0];

async function signAndWrite(space: MemberSpace, organisation: OpenOrganisation, chapter: ChapterId, draft: (deps: readonly RecordId[]) => Draft): Promise<RecordId> {
  const view = await organisation.refresh();
  const entry = view.roster.chapters.get(chapter);
  const grant = memberGrant(view.roster, chapter, space.member.key);
  if (entry === undefined || grant === undefined || view.fold === undefined) throw new ProjectProblem("not-member", "Only a member of this chapter or of one below it acts on its projects.");
  const record = await space.signDraft(draft(depsWithFrontier(view.fold, chapter, [grant])));
  await space.documents.write(entry.document, "projects", [record]);
  return record.id;
}

/** The member's latest answer to `project`, which their task or edit cites (PJ3). */
function myAnswer(space: MemberSpace, project: ChapterProject): RecordId[] {
  const answer = project.answers.find((entry) => entry.member === space.member.key);
  return answer === undefined ? [] : [answer.id];
}

/** Starts a project, led by the member (PJ2). @throws {ProjectProblem} when the member is not a member of the chapter. */
export function createProject(space: MemberSpace, organisation: OpenOrganisation, fields: BodyFields<ProjectBody>): Promise<RecordId> {
  return signAndWrite(space, organisation, fields.chapter, (deps) => projectDraft(fields, deps));
}

/** The member takes part in `project`, or no longer does (PJ3). @throws {ProjectProblem} as `createProject`. */
export function takePart(space: MemberSpace, organisation: OpenOrganisation, project: ChapterProject, taking: boolean): Promise<RecordId> {
  return signAndWrite(space, organisation, project.chapter, (deps) => projectMemberDraft({ project: project.id, taking }, [...deps, ...myAnswer(space, project)]));
}

/** Adds a task to `project` (PJ4). @throws {ProjectProblem} as `createProject`. */
export function addTask(space: MemberSpace, organisation: OpenOrganisation, project: ChapterProject, fields: TaskFields): Promise<RecordId> {
  return signAndWrite(space, organisation, project.chapter, (deps) => taskDraft({ project: project.id, ...fields }, [...deps, ...myAnswer(space, project)]));
}

/** A new version of `task` (PJ5), citing the versions it replaces (PJ5.2). @throws {ProjectProblem} as `createProject`. */
export function updateTask(space: MemberSpace, organisation: OpenOrganisation, project: ChapterProject, task: ProjectTask, fields: TaskFields): Promise<RecordId> {
  return signAndWrite(space, organisation, project.chapter, (deps) => taskUpdateDraft({ task: task.id, ...fields }, [...deps, ...task.heads, ...myAnswer(space, project)]));
}
