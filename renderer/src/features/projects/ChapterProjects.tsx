import { memberGrant } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { navigate } from "../../shared/routing/navigate.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Dialog, DialogTrigger } from "../../shared/ui/Dialog.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { ItemList } from "../../shared/ui/ItemList.js";
import { Link } from "../../shared/ui/Link.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { projectPath } from "./paths.js";
import { createProject } from "./project-actions.js";
import { ProjectForm } from "./ProjectForm.js";
import { ProjectProgress } from "./ProjectProgress.js";
import { useProjectProblem } from "./use-project-problem.js";
import { useProjects } from "./use-projects.js";
import "./projects.css";

/**
 * A chapter's Projects tab (PROTOCOL.md PJ6): its projects newest first, each with its lead and
 * progress; how many changes could not be verified; and, for a member, starting one.
 */
export function ChapterProjects({ organisation, chapter }: ChapterPlace) {
  const t = useT("projects");
  const ids = useId();
  const problemText = useProjectProblem();
  const { space } = useMemberSpace();
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useProjects(session, chapter as ChapterId);
  const [starting, setStarting] = useState(false);
  const current = view?.roster.chapters.get(chapter as ChapterId);
  if (space === undefined || session === undefined || view === undefined || current === undefined) return null;
  const mayStart = memberGrant(view.roster, current.id, space.member.key) !== undefined;
  return (
    <section aria-labelledby={`${ids}-heading`} className="chapter-projects">
      <h2 id={`${ids}-heading`}>{t("list.heading")}</h2>
      <p>{t("list.text", { chapter: current.name })}</p>
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {t("list.problem", { problem })}
        </p>
      )}
      {value !== undefined && value.refused > 0 ? <p className="projects-muted">{t("list.refused", { count: value.refused })}</p> : null}
      {value === undefined ? (
        <Skeleton lines={2} />
      ) : value.projects.length === 0 ? (
        <EmptyState headingLevel={3} title={t("list.noneTitle")} description={t("list.noneText", { chapter: current.name })} />
      ) : (
        <ItemList label={t("list.label", { chapter: current.name })}>
          {value.projects.map((project) => (
            <li key={project.id} className="projects-item">
              <Link href={projectPath.href({ organisation, chapter: current.id, project: project.id })} variant="standalone">
                {project.title}
              </Link>
              <ProjectProgress project={project} />
              <span className="projects-muted">
                {t("list.ledBy")} <MemberName member={project.lead} />
              </span>
            </li>
          ))}
        </ItemList>
      )}
      {mayStart ? (
        <DialogTrigger isOpen={starting} onOpenChange={setStarting}>
          <Button variant="primary">{t("new.button")}</Button>
          <Dialog title={t("new.title", { chapter: current.name })}>
            <ProjectForm
              chapter={current.id}
              organisation={session.url}
              document={current.document}
              problemText={problemText}
              onCancel={() => setStarting(false)}
              onSubmit={async (fields) => navigate(projectPath.href({ organisation, chapter: current.id, project: await createProject(space, session, fields) }))}
            />
          </Dialog>
        </DialogTrigger>
      ) : (
        <p>{t("new.membersOnly", { chapter: current.name })}</p>
      )}
    </section>
  );
}
