import { useCallback } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { errorText } from "../../shared/ui/error-text.js";
import { AssemblyProblem } from "./assembly-problem.js";

/** Words for a failed assembly action in the language shown: an AssemblyProblem's own sentence, else what the failure said. */
export function useAssemblyProblem(): (failure: unknown) => string {
  const t = useT("assemblies");
  return useCallback(
    (failure: unknown) => (failure instanceof AssemblyProblem ? t(`problems.${failure.code}`) : t("problems.unexpected", { detail: errorText(failure) })),
    [t],
  );
}
