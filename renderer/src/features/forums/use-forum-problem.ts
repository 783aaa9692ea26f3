import { useCallback } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { useChatProblem } from "../chat/index.js";
import { ForumProblem, type ForumProblemCode } from "./forum-problem.js";

/** Words for a failed forum action in the language shown: a ForumProblem's own sentence, a chat problem's (posting, hiding: FO5), else what the failure said. */
export function useForumProblem(): (failure: unknown) => string {
  const t = useT("forums");
  const format = useFormat();
  const chatProblem = useChatProblem();
  return useCallback(
    (failure: unknown) => {
      if (!(failure instanceof ForumProblem)) return chatProblem(failure);
      const values = Object.fromEntries(
        Object.entries(failure.values).map(([name, value]) => [
          name,
          typeof value === "number" ? format.count(value) : value,
        ]),
      );
      // The values are those the code's sentence names (ForumProblem), not known to the type of `t`.
      return (t as (key: `problems.${ForumProblemCode}`, values: Record<string, string>) => string)(
        `problems.${failure.code}`,
        values,
      );
    },
    [t, format, chatProblem],
  );
}
