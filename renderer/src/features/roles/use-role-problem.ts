import { useCallback } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { errorText } from "../../shared/ui/error-text.js";
import { RoleProblem } from "./role-problem.js";

/** Words for a refused role change in the language shown; any other failure as the cause of an unexpected problem. */
export function useRoleProblem(): (failure: unknown) => string {
  const t = useT("roles");
  return useCallback(
    (failure: unknown) => (failure instanceof RoleProblem ? t(`problems.${failure.code}`) : t("problems.unexpected", { detail: errorText(failure) })),
    [t],
  );
}
