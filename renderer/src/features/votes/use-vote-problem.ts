import { useCallback } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { errorText } from "../../shared/ui/error-text.js";
import { VoteProblem, type VoteProblemCode } from "./vote-problem.js";

/** Words for a failed vote action in the language shown: a VoteProblem's own sentence, else what the failure said, as the cause of an unexpected problem. */
export function useVoteProblem(): (failure: unknown) => string {
  const t = useT("votes");
  return useCallback(
    (failure: unknown) =>
      failure instanceof VoteProblem
        ? // The values are those the code's sentence names (VoteProblem), not known to the type of `t`.
          (t as (key: `problems.${VoteProblemCode}`, values: Readonly<Record<string, string>>) => string)(`problems.${failure.code}`, failure.values)
        : t("problems.unexpected", { detail: errorText(failure) }),
    [t],
  );
}
