import { routePath } from "../../shared/routing/route-path.js";

/** The chapter page's tab of its projects (a chapter section, PROTOCOL.md PJ6). */
export const PROJECTS_SECTION = "projects";

/** One project: `project` is its `project` record's id (PJ2). */
export const projectPath = routePath("/org/:organisation/chapter/:chapter/project/:project");
