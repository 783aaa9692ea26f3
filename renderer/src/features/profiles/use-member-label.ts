import type { MemberKey } from "@chapterhouse/crdt/records";
import { useCallback } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { useProfiles } from "./profiles-context.js";

/** Characters of a key shown for a member with no profile. */
const SHORT_KEY = 8;

/**
 * How members are named on screen, for sentences and labels (MemberName shows the same as a
 * link): the device's member as "You (name)", their newest name; another member by the label
 * that tells them apart (PF7: with fingerprint words when two share a name); a member with no
 * profile held by the start of their key. A forged profile never names anyone (PF3).
 */
export function useMemberLabel(): (member: MemberKey) => string {
  const t = useT("profiles");
  const { profiles, me } = useProfiles();
  return useCallback(
    (member: MemberKey) => {
      if (member === me?.key) return t("name.you", { name: profiles.members.get(member)?.current?.name ?? me.name });
      return profiles.labels.get(member) ?? t("name.unnamed", { key: member.slice(0, SHORT_KEY) });
    },
    [t, profiles, me],
  );
}
