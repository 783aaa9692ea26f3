import type { MemberKey } from "@chapterhouse/crdt";
import { useCallback, useMemo } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { memberLabel, type MemberLabelWords } from "./member-label.js";
import { useMemberNames } from "./member-names-context.js";
import { useMemberSpace } from "./use-member-space.js";

/** The words of memberLabel in the language shown, for screens that name the device's member themselves. */
export function useMemberLabelWords(): MemberLabelWords {
  const t = useT("organisation");
  return useMemo(
    () => ({
      youNamed: (name: string) => t("member.youNamed", { name }),
      you: t("member.you"),
      unnamed: (short: string) => t("member.unnamed", { key: short }),
    }),
    [t],
  );
}

/** How members are shown on screen (memberLabel, in the language shown, for the organisation on screen). */
export function useMemberLabel(): (key: MemberKey) => string {
  const words = useMemberLabelWords();
  const names = useMemberNames();
  const { space } = useMemberSpace();
  const me = space?.member;
  return useCallback((key: MemberKey) => memberLabel(key, me?.key, me?.name, names, words), [words, names, me]);
}
