import { useCallback } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { useChatProblem } from "../chat/index.js";
import { CurrentProblem, type CurrentProblemCode } from "./current-problem.js";

/** Words for a failed action on a current in the language shown: a CurrentProblem's own sentence, a chat problem's (posting, hiding: CU5), else what the failure said. */
export function useCurrentProblem(): (failure: unknown) => string {
  const t = useT("currents");
  const format = useFormat();
  const chatProblem = useChatProblem();
  return useCallback(
    (failure: unknown) => {
      if (!(failure instanceof CurrentProblem)) return chatProblem(failure);
      const values = Object.fromEntries(
        Object.entries(failure.values).map(([name, value]) => [
          name,
          typeof value === "number" ? format.count(value) : value,
        ]),
      );
      // The values are those the code's sentence names (CurrentProblem), not known to the type of `t`.
      return (t as (key: `problems.${CurrentProblemCode}`, values: Record<string, string>) => string)(
        `problems.${failure.code}`,
        values,
      );
    },
    [t, format, chatProblem],
  );
}
