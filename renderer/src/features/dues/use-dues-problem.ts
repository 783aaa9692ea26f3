import { useCallback } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { errorText } from "../../shared/ui/error-text.js";
import { DuesProblem } from "./dues-problem.js";

/** Words for a refused dues record in the language shown; any other failure as the cause of an unexpected problem. */
export function useDuesProblem(): (failure: unknown) => string {
  const t = useT("dues");
  return useCallback((failure: unknown) => (failure instanceof DuesProblem ? t(`problems.${failure.code}`) : t("problems.unexpected", { detail: errorText(failure) })), [t]);
}
