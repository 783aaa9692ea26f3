import { useCallback } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { errorText } from "../../shared/ui/error-text.js";
import { ChatProblem, type ChatProblemCode } from "./chat-problem.js";

/** Words for a failed chat action in the language shown: a ChatProblem's own sentence, else what the failure said. */
export function useChatProblem(): (failure: unknown) => string {
  const t = useT("chat");
  const format = useFormat();
  return useCallback(
    (failure: unknown) => {
      if (!(failure instanceof ChatProblem)) return t("problems.unexpected", { detail: errorText(failure) });
      const values = Object.fromEntries(Object.entries(failure.values).map(([name, value]) => [name, typeof value === "number" ? format.count(value) : value]));
      // The values are those the code's sentence names (ChatProblem), not known to the type of `t`.
      return (t as (key: `problems.${ChatProblemCode}`, values: Record<string, string>) => string)(`problems.${failure.code}`, values);
    },
    [t, format],
  );
}
