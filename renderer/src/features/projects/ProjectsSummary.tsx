import type { ChapterId } from "@chapterhouse/crdt/records";
import { useId } from "react";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { projectPath } from "./paths.js";
import { ProjectProgress } from "./ProjectProgress.js";
import { useProjects } from "./use-projects.js";
import "./projects.css";

/** The chapter home page's summary of its projects (PJ6.1): each one's progress, linked to it. */
export function ProjectsSummary({ organisation, chapter }: ChapterPlace) {
  const t = useT("projects");
  const ids = useId();
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  const { value } = useProjects(session, chapter as ChapterId);
  if (value === undefined) return null;
  return (
    <section aria-labelledby={`${ids}-projects`} className="projects-summary">
      <h3 id={`${ids}-projects`}>{t("overview.heading")}</h3>
      {value.projects.length === 0 ? (
        <p>{t("overview.none")}</p>
      ) : (
        <ul aria-labelledby={`${ids}-projects`}>
          {value.projects.map((project) => (
            <li key={project.id} className="projects-item">
              <Link href={projectPath.href({ organisation, chapter, project: project.id })} variant="standalone">
                {project.title}
              </Link>
              <ProjectProgress project={project} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
