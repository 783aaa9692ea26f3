import { route } from "../../shared/routing/route.js";
import { AssemblyScreen } from "./AssemblyScreen.js";
import { MinutesScreen } from "./MinutesScreen.js";
import { assemblyPath, minutesPath, projectorPath } from "./paths.js";
import { ProjectorScreen } from "./ProjectorScreen.js";

/** The assemblies' screens, registered by src/app/features.ts. */
export const assemblyRoutes = [
  route(assemblyPath, ({ organisation, chapter, assembly }) => <AssemblyScreen key={`${organisation}/${chapter}/${assembly}`} organisation={organisation} chapter={chapter} assembly={assembly} />, ({ organisation, chapter }) => ({ organisation, chapter })),
  route(projectorPath, ({ organisation, chapter, assembly }) => <ProjectorScreen key={`${organisation}/${chapter}/${assembly}`} organisation={organisation} chapter={chapter} assembly={assembly} />, ({ organisation, chapter }) => ({ organisation, chapter })),
  route(minutesPath, ({ organisation, chapter, assembly }) => <MinutesScreen key={`${organisation}/${chapter}/${assembly}`} organisation={organisation} chapter={chapter} assembly={assembly} />, ({ organisation, chapter }) => ({ organisation, chapter })),
];
