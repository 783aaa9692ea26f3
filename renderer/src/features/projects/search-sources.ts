/**
 * What projects give search (shared/routing/search-sources.ts): every project of every chapter of
 * the organisation whose Chapter document is on this device, by its title and description, and
 * each of its tasks by its title (linked to its project's page), from the chapter's projects as its
 * page reads them (PJ6: valid projects and tasks only), in the background lane (HOME4).
 */
import type { ChapterProject } from "@chapterhouse/crdt/projects";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { SearchItem, SearchSource } from "../../shared/routing/search-sources.js";
import { projectPath } from "./paths.js";
import type { ProjectsWorker } from "./projects-query.js";
import { useProjectsWorker } from "./projects-worker.js";

/** The projects of `projects` and their tasks as search items of the organisation `organisation` (its document id). Pure; never throws. */
export function projectSearchItems(projects: readonly ChapterProject[], organisation: string): SearchItem[] {
  return projects.flatMap((project) => {
    const href = projectPath.href({ organisation, chapter: project.chapter, project: project.id });
    return [
      { key: project.id, kind: "project", chapter: project.chapter, title: project.title, text: project.description, href, at: project.at },
      ...project.tasks.map((task) => ({ key: task.id, kind: "task", chapter: project.chapter, title: task.title, text: project.title, href, at: task.at })),
    ];
  });
}

/** The projects and tasks of the chapters held, as search items. */
export async function readProjectSearchItems(worker: Pick<ProjectsWorker, "projectsForSearch">, { organisation }: HomeReadContext): Promise<SearchItem[]> {
  const items: SearchItem[] = [];
  for (const chapter of organisation.roster.chapters.keys()) {
    const { projects } = await worker.projectsForSearch({ organisation: organisation.url, chapters: organisation.chapters, chapter });
    items.push(...projectSearchItems(projects, documentIdOf(organisation.url)));
  }
  return items;
}

/** Projects' search source, registered by src/app/features.ts. */
export const projectSearchSources: readonly SearchSource[] = [
  {
    id: "projects",
    order: 47,
    kinds: ["project", "task"],
    useReader() {
      const worker = useProjectsWorker();
      return (context) => readProjectSearchItems(worker, context);
    },
  },
];
