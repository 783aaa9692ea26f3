/** Projects (PROTOCOL.md PJ): a chapter's ongoing efforts — members taking part, tasks with assignee, due day and status, linked decisions, progress. */
export { MAX_PROJECT_DECISIONS, MAX_PROJECT_DESCRIPTION, MAX_PROJECT_TITLE, MAX_TASK_DESCRIPTION, TASK_STATUSES, isDay, parseProjectBody, type ProjectBody, type ProjectKind, type ProjectMemberBody, type ProjectRecordBody, type TaskBody, type TaskFields, type TaskStatus, type TaskUpdateBody } from "./project-bodies.js";
export { PROJECT_SPECS } from "./kinds.js";
export { projectDraft, projectMemberDraft, taskDraft, taskUpdateDraft } from "./project-records.js";
export { judgeProjects, type ChapterProject, type ProjectTask, type ProjectsJudgement } from "./judge-projects.js";
export { readProjects, type ProjectsRead } from "./read-projects.js";
export { taskOverdue } from "./task-overdue.js";
