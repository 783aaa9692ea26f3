import { useCallback } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { errorText } from "../../shared/ui/error-text.js";
import { EventProblem, type EventProblemCode } from "./event-problem.js";

/** Words for a failed event action in the language shown: an EventProblem's own sentence, else what the failure said. */
export function useEventProblem(): (failure: unknown) => string {
  const t = useT("events");
  return useCallback(
    (failure: unknown) => {
      if (!(failure instanceof EventProblem)) return t("problems.unexpected", { detail: errorText(failure) });
      // The values are those the code's sentence names (EventProblem), not known to the type of `t`.
      return (t as (key: `problems.${EventProblemCode}`, values: Record<string, string | number>) => string)(
        `problems.${failure.code}`,
        failure.values,
      );
    },
    [t],
  );
}
