import { useT } from "../../shared/i18n/use-t.js";
import { errorText } from "../../shared/ui/error-text.js";
import { ProjectProblem } from "./project-actions.js";

/** Words for a refused project record in the language shown. */
export function useProjectProblem(): (problem: unknown) => string {
  const t = useT("projects");
  return (problem) => (problem instanceof ProjectProblem ? t(`problems.${problem.code}`) : t("problems.unexpected", { detail: errorText(problem) }));
}
