/**
 * The profile a member signs next (PROTOCOL.md PF5.5): a changed profile takes the `seq` one
 * above their highest, so it becomes the current one wherever it is read.
 */
import type { BodyFields, RecordDraft } from "../kinds/record-draft.js";
import type { ProfileBody } from "./profile-body.js";
import { profileDraft, type ProfileFields } from "./profile-records.js";
import type { MemberProfile } from "./read-profiles.js";

/** True when two profiles say the same. */
function sameProfile(a: ProfileFields, b: ProfileFields): boolean {
  const picture = a.picture === b.picture || (a.picture !== null && b.picture !== null && a.picture.hash === b.picture.hash && a.picture.type === b.picture.type && a.picture.size === b.picture.size);
  return picture && a.member === b.member && a.name === b.name && a.bio === b.bio && a.box === b.box;
}

/**
 * What the member has to sign so that their profile says `wanted` (PF5.5): nothing when their
 * current profile says it already and none conflicts with it; else a profile with `seq` one above
 * the current one's, citing the profiles it replaces. Never throws.
 */
export function nextProfileDraft(held: Pick<MemberProfile, "current" | "conflicting"> | undefined, wanted: ProfileFields): RecordDraft<"profile", BodyFields<ProfileBody>> | undefined {
  const current = held?.current;
  const conflicting = held?.conflicting ?? [];
  if (current !== undefined && conflicting.length === 0 && sameProfile(current, wanted)) return undefined;
  return profileDraft({ ...wanted, seq: (current?.seq ?? 0) + 1 }, conflicting.length > 0 ? conflicting : current === undefined ? [] : [current.id]);
}
