import type { ProjectsRead } from "@chapterhouse/crdt/projects";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { projectsQuery } from "./projects-query.js";
import { useProjectsWorker } from "./projects-worker.js";

/** The live projects of `chapter` (PJ6), and the last read's failure (a fault, never content). */
export function useProjects(organisation: OpenOrganisation | undefined, chapter: ChapterId): { readonly value: ProjectsRead | undefined; readonly problem: string | undefined } {
  const worker = useProjectsWorker();
  const spec = useMemo(() => (organisation === undefined ? undefined : projectsQuery(worker, organisation, chapter)), [worker, organisation, chapter]);
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}
