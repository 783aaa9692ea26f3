import { useCallback } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { errorText } from "../../shared/ui/error-text.js";
import { ProposalProblem, type ProposalProblemCode } from "./proposal-problem.js";

/**
 * Words for a failed proposal action in the language shown: a ProposalProblem's own sentence
 * (numbers formatted), else what the failure said, as the cause of an unexpected problem.
 */
export function useProposalProblem(): (failure: unknown) => string {
  const t = useT("proposals");
  const format = useFormat();
  return useCallback(
    (failure: unknown) => {
      if (!(failure instanceof ProposalProblem)) return t("problems.unexpected", { detail: errorText(failure) });
      const values = Object.fromEntries(Object.entries(failure.values).map(([name, value]) => [name, typeof value === "number" ? format.count(value) : value]));
      // The values are those the code's sentence names (ProposalProblem), not known to the type of `t`.
      return (t as (key: `problems.${ProposalProblemCode}`, values: Record<string, string>) => string)(`problems.${failure.code}`, values);
    },
    [t, format],
  );
}
