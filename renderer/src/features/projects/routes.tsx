import { route } from "../../shared/routing/route.js";
import { projectPath } from "./paths.js";
import { ProjectScreen } from "./ProjectScreen.js";

/** The projects' screens, registered by src/app/features.ts. */
export const projectRoutes = [
  route(projectPath, ({ organisation, chapter, project }) => <ProjectScreen key={`${organisation}/${chapter}/${project}`} organisation={organisation} chapter={chapter} project={project} />, ({ organisation, chapter }) => ({ organisation, chapter })),
];
