import { useCallback } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { useChatProblem } from "../chat/index.js";
import { BlogProblem, type BlogProblemCode } from "./blog-problem.js";

/** Words for a failed blog action in the language shown: a BlogProblem's own sentence, a chat problem's (a post's text, comments, hiding: BL5), else what the failure said. */
export function useBlogProblem(): (failure: unknown) => string {
  const t = useT("blog");
  const format = useFormat();
  const chatProblem = useChatProblem();
  return useCallback(
    (failure: unknown) => {
      if (!(failure instanceof BlogProblem)) return chatProblem(failure);
      const values = Object.fromEntries(Object.entries(failure.values).map(([name, value]) => [name, typeof value === "number" ? format.count(value) : value]));
      // The values are those the code's sentence names (BlogProblem), not known to the type of `t`.
      return (t as (key: `problems.${BlogProblemCode}`, values: Record<string, string>) => string)(`problems.${failure.code}`, values);
    },
    [t, format, chatProblem],
  );
}
