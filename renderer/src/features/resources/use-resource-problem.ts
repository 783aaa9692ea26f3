import { useT } from "../../shared/i18n/use-t.js";
import { errorText } from "../../shared/ui/error-text.js";
import { ResourceProblem } from "./resource-actions.js";
import { useFileSize } from "./use-file-size.js";

/** Words for a refused resource in the language shown: each reason with what it names (RS2). */
export function useResourceProblem(): (problem: unknown) => string {
  const t = useT("resources");
  const size = useFileSize();
  return (problem) => {
    if (!(problem instanceof ResourceProblem)) return t("problems.unexpected", { detail: errorText(problem) });
    const { detail } = problem;
    return t(`problems.${problem.code}`, { limit: size(Number(detail["limit"] ?? 0)), type: String(detail["type"] ?? ""), detail: String(detail["detail"] ?? "") });
  };
}
