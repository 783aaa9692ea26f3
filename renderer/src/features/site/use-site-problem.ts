import { useCallback } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { SiteProblem } from "./site-problem.js";

/** Words for a failed site action in the language shown: a SiteProblem's own sentence, else what the failure said. */
export function useSiteProblem(): (failure: unknown) => string {
  const t = useT("site");
  return useCallback(
    (failure: unknown) =>
      failure instanceof SiteProblem
        ? t(`problems.${failure.code}`)
        : failure instanceof Error
          ? failure.message
          : String(failure),
    [t],
  );
}
