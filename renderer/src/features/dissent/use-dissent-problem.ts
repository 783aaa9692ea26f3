import { useCallback } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { errorText } from "../../shared/ui/error-text.js";
import { DissentProblem, type DissentProblemCode } from "./dissent-problem.js";

/** Words for a failed dissent action in the language shown: a DissentProblem's own sentence, else what the failure said. */
export function useDissentProblem(): (failure: unknown) => string {
  const t = useT("dissent");
  const format = useFormat();
  return useCallback(
    (failure: unknown) => {
      if (!(failure instanceof DissentProblem)) return t("problems.unexpected", { detail: errorText(failure) });
      const values = Object.fromEntries(Object.entries(failure.values).map(([name, value]) => [name, typeof value === "number" ? format.count(value) : value]));
      // The values are those the code's sentence names (DissentProblem), not known to the type of `t`.
      return (t as (key: `problems.${DissentProblemCode}`, values: Record<string, string>) => string)(`problems.${failure.code}`, values);
    },
    [t, format],
  );
}
