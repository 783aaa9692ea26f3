import type { MemberKey } from "@chapterhouse/crdt";
import { useCallback } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { memberLabel } from "./member-label.js";
import { useMemberNames } from "./member-names-context.js";
import { useMemberSpace } from "./use-member-space.js";

/** How members are shown on screen (memberLabel, in the language shown, for the organisation on screen). */
export function useMemberLabel(): (key: MemberKey) => string {
  const t = useT("organisation");
  const names = useMemberNames();
  const { space } = useMemberSpace();
  const me = space?.member;
  return useCallback(
    (key: MemberKey) =>
      memberLabel(key, me?.key, me?.name, names, {
        youNamed: (name) => t("member.youNamed", { name }),
        you: t("member.you"),
        unnamed: (short) => t("member.unnamed", { key: short }),
      }),
    [t, names, me],
  );
}
