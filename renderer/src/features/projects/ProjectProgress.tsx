import type { ChapterProject } from "@chapterhouse/crdt/projects";
import { useT } from "../../shared/i18n/use-t.js";

/** A project's progress (PJ6.1): done tasks of all, as words and a bar named for the project. */
export function ProjectProgress({ project }: { readonly project: ChapterProject }) {
  const t = useT("projects");
  const { done, total } = project.progress;
  return (
    <span className="project-progress">
      {total === 0 ? null : <progress value={done} max={total} aria-label={t("list.progressLabel", { title: project.title })} />}
      <span>{t("list.progress", { done, total })}</span>
    </span>
  );
}
